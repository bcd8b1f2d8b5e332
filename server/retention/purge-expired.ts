import { inArray } from 'drizzle-orm';
import { AUDIT_PURGED_ACTION, recordAudit, type AuditActor } from '../audit/index.js';
import { firstRow, serialiseOn, type Store, type Tx } from '../db/index.js';
import { auditLog, callbacks, sessions, webhookDeliveries } from '../db/tables.js';
import { eraseConversationData } from './erase-conversation-data.js';
import { FIND_EXPIRED, PURGE_KINDS, type PurgeKind } from './expired-records.js';
import type { RetentionPolicy } from './retention-policy.js';

export interface PurgeContext {
  store: Store;
  now: () => Date;
  retention: RetentionPolicy;
}

export interface PurgeReport {
  dryRun: boolean;
  at: string;
  /** Records past their time per kind: removed, or for a dry run, that would be. */
  counts: Record<PurgeKind, number>;
}

const SYSTEM: AuditActor = { id: 'system', role: 'system' };
/** Rows per transaction: short transactions keep the families' own writes flowing during a purge. */
const BATCH = 100;
/** A dry run counts at most this many per kind (the report says "at least" beyond it). */
export const DRY_RUN_LIMIT = 100_000;

/**
 * Deletes or anonymises every record past its time under the retention policy, kind by kind, in
 * small transactions. Each batch takes the purge's lock (PostgreSQL advisory lock; SQLite has one
 * writer) and re-reads what is due inside it, so purges on several processes take turns and never
 * remove the same thing twice. The run is audited with counts only. A dry run writes nothing.
 */
export async function purgeExpired(ctx: PurgeContext, { dryRun = false }: { dryRun?: boolean } = {}): Promise<PurgeReport> {
  const now = ctx.now();
  const counts = Object.fromEntries(PURGE_KINDS.map((kind) => [kind, 0])) as Record<PurgeKind, number>;
  for (const kind of PURGE_KINDS) {
    if (dryRun) {
      counts[kind] = (await FIND_EXPIRED[kind](ctx.store.db, ctx.retention, now, DRY_RUN_LIMIT)).length;
      continue;
    }
    for (;;) {
      const removed = await ctx.store.transaction(async (tx) => {
        await serialiseOn(tx, 'retention-purge');
        const ids = await FIND_EXPIRED[kind](tx, ctx.retention, now, BATCH);
        if (ids.length > 0) await REMOVE[kind](tx, ids, now);
        return ids.length;
      });
      counts[kind] += removed;
      if (removed < BATCH) break;
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (!dryRun && total > 0) {
    await ctx.store.transaction((tx) => recordAudit(tx, SYSTEM, 'retention.purged', { type: 'retention', id: now.toISOString() }, now, { counts }));
  }
  return { dryRun, at: now.toISOString(), counts };
}

type Remove = (tx: Tx, ids: string[], now: Date) => Promise<void>;

const eraseEach =
  (keepSafeguarding: boolean): Remove =>
  async (tx, ids) => {
    for (const id of ids) await eraseConversationData(tx, id, { keepSafeguarding });
  };

/**
 * Audit rows go oldest first, and the same transaction records where the chain now starts (the
 * last removed row's id and hash), so verifyAuditChain can still check every row that is left.
 */
const removeAudit: Remove = async (tx, ids, now) => {
  const through = Math.max(...ids.map(Number));
  const last = firstRow(await tx.select({ hash: auditLog.hash }).from(auditLog).where(inArray(auditLog.id, [through])));
  await tx.delete(auditLog).where(inArray(auditLog.id, ids.map(Number)));
  await recordAudit(tx, SYSTEM, AUDIT_PURGED_ACTION, { type: 'audit', id: String(through) }, now, { through, hash: last?.hash ?? null });
};

const REMOVE: Record<PurgeKind, Remove> = {
  enquiries: eraseEach(true),
  conversationsWithoutEnquiry: eraseEach(true),
  safeguarding: eraseEach(false),
  callbacks: async (tx, ids) => void (await tx.delete(callbacks).where(inArray(callbacks.id, ids))),
  webhookPayloads: async (tx, ids) => void (await tx.delete(webhookDeliveries).where(inArray(webhookDeliveries.id, ids))),
  sessions: async (tx, ids) => void (await tx.delete(sessions).where(inArray(sessions.id, ids))),
  auditLog: removeAudit,
};

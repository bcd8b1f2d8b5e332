import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import { firstRow, serialiseOn, type Tx } from '../db/index.js';
import { auditLog } from '../db/tables.js';
import { auditRowHash, GENESIS_HASH } from './audit-hash.js';

export interface AuditActor {
  id: string;
  role: string;
}

/**
 * Who did what to which record, when. Called inside the transaction of the change itself, so the
 * entry and the change commit together. Each row extends a sha256 hash chain (see verifyAuditChain).
 * Appends serialise: the transaction holds the chain's lock until it ends (SQLite has one writer;
 * PostgreSQL an advisory lock), and prev_hash is unique, so a stale writer fails rather than forks.
 */
export async function recordAudit(
  tx: Tx,
  actor: AuditActor,
  action: string,
  subject: { type: string; id: string },
  at: Date,
  detail?: unknown,
): Promise<void> {
  await serialiseOn(tx, 'audit-chain');
  const lastId = firstRow(await tx.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1))?.id ?? 0;
  const head = firstRow(await tx.select({ hash: auditLog.hash }).from(auditLog).where(isNotNull(auditLog.hash)).orderBy(desc(auditLog.id)).limit(1));
  // Rows from before the chain existed are sealed once. After that an unhashed row is never
  // sealed: it can only have been written around this function, and verify reports it.
  const prevHash = head?.hash ?? (lastId > 0 ? await sealAuditChain(tx) : GENESIS_HASH);
  const row = {
    id: lastId + 1,
    actorId: actor.id,
    actorRole: actor.role,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    detail: detail ?? null,
    at: at.toISOString(),
  };
  await tx.insert(auditLog).values({ ...row, prevHash, hash: auditRowHash(prevHash, row) });
}

/** Chains rows written before the hash chain existed, in id order; returns the head hash. */
export async function sealAuditChain(tx: Tx): Promise<string> {
  let prevHash = GENESIS_HASH;
  for (const row of await tx.select().from(auditLog).orderBy(asc(auditLog.id))) {
    if (row.hash === null) {
      const hash = auditRowHash(prevHash, row);
      await tx.update(auditLog).set({ prevHash, hash }).where(eq(auditLog.id, row.id));
      prevHash = hash;
    } else {
      prevHash = row.hash;
    }
  }
  return prevHash;
}

export async function listAudit(db: Tx, filter: { subjectType?: string; subjectId?: string; limit?: number }) {
  const conditions = [
    filter.subjectType ? eq(auditLog.subjectType, filter.subjectType) : undefined,
    filter.subjectId ? eq(auditLog.subjectId, filter.subjectId) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit ?? 500);
}

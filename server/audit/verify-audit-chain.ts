import { asc, desc, eq, gt } from 'drizzle-orm';
import { firstRow } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { auditLog } from '../db/tables.js';
import { auditRowHash, GENESIS_HASH } from './audit-hash.js';

export type ChainReport = { ok: true; count: number; head: string } | { ok: false; count: number; brokenAt: number; reason: string };

const PAGE = 1000;

/**
 * Walks the audit log in id order and recomputes every hash. The first row whose content, link or
 * position does not match is reported. Anyone who can write the database could rebuild the whole
 * chain, so the head hash printed on success is worth recording somewhere else.
 */
export async function verifyAuditChain(db: Tx): Promise<ChainReport> {
  const start = await chainStart(db);
  let prevHash = start.prevHash;
  let expectedId = start.id;
  let count = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, expectedId - 1)).orderBy(asc(auditLog.id)).limit(PAGE);
    for (const row of rows) {
      if (row.id !== expectedId) return { ok: false, count, brokenAt: row.id, reason: `row ${expectedId} is missing` };
      if (row.prevHash !== prevHash) return { ok: false, count, brokenAt: row.id, reason: 'does not link to the row before it' };
      if (row.hash !== auditRowHash(prevHash, row)) return { ok: false, count, brokenAt: row.id, reason: 'content does not match its hash' };
      prevHash = row.hash;
      expectedId += 1;
      count += 1;
    }
    if (rows.length < PAGE) return { ok: true, count, head: prevHash };
  }
}

/** The action the retention purge records when it removes the oldest rows (server/retention). */
export const AUDIT_PURGED_ACTION = 'audit.purged';

/**
 * Where the chain starts: row 1, or after the oldest rows were removed under the retention policy,
 * the row after the last one removed, linking to that row's hash. The purge records both in a row
 * that is itself part of the chain, so removing any more rows than it says is still detected.
 */
async function chainStart(db: Tx): Promise<{ id: number; prevHash: string }> {
  const purge = firstRow(await db.select({ detail: auditLog.detail }).from(auditLog).where(eq(auditLog.action, AUDIT_PURGED_ACTION)).orderBy(desc(auditLog.id)).limit(1));
  const checkpoint = purge?.detail as { through?: unknown; hash?: unknown } | undefined;
  if (typeof checkpoint?.through === 'number' && typeof checkpoint.hash === 'string') return { id: checkpoint.through + 1, prevHash: checkpoint.hash };
  return { id: 1, prevHash: GENESIS_HASH };
}

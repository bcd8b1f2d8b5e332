import { asc, gt } from 'drizzle-orm';
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
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
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

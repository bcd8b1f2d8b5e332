import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { auditLog } from '../db/schema.js';
import { auditRowHash, GENESIS_HASH } from './audit-hash.js';

export interface AuditActor {
  id: string;
  role: string;
}

/**
 * Who did what to which record, when. Called inside the transaction of the change itself, so the
 * entry and the change commit together. Each row extends a sha256 hash chain (see verifyAuditChain).
 * Appends serialise: better-sqlite3 runs one statement at a time in a process, SQLite allows one
 * writer across processes (a stale reader's insert fails rather than forks), and prev_hash is unique.
 */
export function recordAudit(
  db: Db,
  actor: AuditActor,
  action: string,
  subject: { type: string; id: string },
  at: Date,
  detail?: unknown,
): void {
  db.transaction((tx) => {
    const lastId = tx.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()?.id ?? 0;
    const head = tx.select({ hash: auditLog.hash }).from(auditLog).where(isNotNull(auditLog.hash)).orderBy(desc(auditLog.id)).limit(1).get();
    // Rows from before the chain existed are sealed once. After that an unhashed row is never
    // sealed: it can only have been written around this function, and verify reports it.
    const prevHash = head?.hash ?? (lastId > 0 ? sealAuditChain(tx as unknown as Db) : GENESIS_HASH);
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
    tx.insert(auditLog).values({ ...row, prevHash, hash: auditRowHash(prevHash, row) }).run();
  });
}

/** Chains rows written before the hash chain existed, in id order; returns the head hash. */
export function sealAuditChain(db: Db): string {
  return db.transaction((tx) => {
    let prevHash = GENESIS_HASH;
    for (const row of tx.select().from(auditLog).orderBy(asc(auditLog.id)).all()) {
      if (row.hash === null) {
        const hash = auditRowHash(prevHash, row);
        tx.update(auditLog).set({ prevHash, hash }).where(eq(auditLog.id, row.id)).run();
        prevHash = hash;
      } else {
        prevHash = row.hash;
      }
    }
    return prevHash;
  });
}

export function listAudit(db: Db, filter: { subjectType?: string; subjectId?: string; limit?: number }) {
  const conditions = [
    filter.subjectType ? eq(auditLog.subjectType, filter.subjectType) : undefined,
    filter.subjectId ? eq(auditLog.subjectId, filter.subjectId) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit ?? 500)
    .all();
}

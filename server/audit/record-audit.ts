import { desc, eq, and } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { auditLog } from '../db/schema.js';

export interface AuditActor {
  id: string;
  role: string;
}

/** Who did what to which record, when. Written in the same transaction as the change itself. */
export function recordAudit(
  db: Db,
  actor: AuditActor,
  action: string,
  subject: { type: string; id: string },
  at: Date,
  detail?: unknown,
): void {
  db.insert(auditLog)
    .values({ actorId: actor.id, actorRole: actor.role, action, subjectType: subject.type, subjectId: subject.id, detail: detail ?? null, at: at.toISOString() })
    .run();
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

import type { AppContext } from '../app-context.js';
import { listAudit, recordAudit } from '../audit/index.js';
import { staffNames, type StaffRow } from '../auth/index.js';
import { ForbiddenError } from '../domain-errors.js';
import { AuditQuery } from '../protocol/enquiry-bodies.js';
import { parseInput } from './parse-input.js';

/** Who did what to which record, for managers. Looking at the audit log is itself audited. */
export async function auditTrail({ ctx, actor, input }: { ctx: AppContext; actor: StaffRow; input: unknown }) {
  if (actor.role !== 'manager') throw new ForbiddenError('Only managers see the audit log.');
  const filter = parseInput(AuditQuery, input);
  return ctx.store.transaction(async (tx) => {
    const entries = await listAudit(tx, filter);
    await recordAudit(tx, actor, 'audit.viewed', { type: filter.subjectType ?? 'any', id: filter.subjectId ?? 'any' }, ctx.now(), { count: entries.length });
    const names = await staffNames(tx, entries.map((e) => e.actorId));
    return entries.map((e) => ({ ...e, actorName: names.get(e.actorId)?.name ?? null }));
  });
}

import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { callbacks } from '../db/schema.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain-errors.js';
import type { CallbackView } from '../protocol/index.js';
import { assertCanWorkQueue } from './staff-actor.js';

/** Callbacks a member of staff can work: their hub's and the shared ones (managers: all), soonest due first. */
export function listCallbacks({ ctx, actor, status }: { ctx: AppContext; actor: StaffRow; status: 'open' | 'done' }): CallbackView[] {
  if (actor.role === 'translator') throw new ForbiddenError('Translators do not work callbacks.');
  const hubs = actor.role === 'manager' ? undefined : [actor.locality ?? '', 'shared'];
  const rows = ctx.db
    .select()
    .from(callbacks)
    .where(and(eq(callbacks.status, status), hubs ? inArray(callbacks.locality, hubs) : undefined))
    .orderBy(asc(callbacks.dueAt))
    .all();
  recordAudit(ctx.db, actor, 'callbacks.listed', { type: 'callbacks', id: status }, ctx.now(), { count: rows.length });
  return rows.map((r) => ({
    id: r.id,
    conversationId: r.conversationId,
    locality: r.locality,
    contactMethod: r.contactMethod,
    contactValue: r.contactValue,
    preferredTime: r.preferredTime,
    requestedAt: r.requestedAt,
    dueAt: r.dueAt,
    status: r.status,
    outcome: r.outcome,
  }));
}

export function completeCallback({ ctx, actor, callbackId, outcome }: { ctx: AppContext; actor: StaffRow; callbackId: string; outcome: string }): void {
  ctx.db.transaction(() => {
    const row = ctx.db.select().from(callbacks).where(eq(callbacks.id, callbackId)).get();
    if (!row) throw new NotFoundError('callback');
    assertCanWorkQueue(actor, row.locality);
    if (row.status === 'done') throw new ConflictError('This callback is already done.');
    const now = ctx.now();
    ctx.db.update(callbacks).set({ status: 'done', outcome, doneBy: actor.id, doneAt: now.toISOString() }).where(eq(callbacks.id, callbackId)).run();
    recordAudit(ctx.db, actor, 'callback.done', { type: 'conversation', id: row.conversationId }, now, { callbackId });
  });
}

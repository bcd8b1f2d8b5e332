import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { callbacks } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain-errors.js';
import type { CallbackView } from '../protocol/index.js';
import { assertCanWorkQueue, visibleQueues } from './staff-actor.js';

/** Callbacks a member of staff can work: their hub's and the shared ones (managers: all), soonest due first. */
export async function listCallbacks({ ctx, actor, status }: { ctx: AppContext; actor: StaffRow; status: 'open' | 'done' }): Promise<CallbackView[]> {
  if (actor.role === 'translator') throw new ForbiddenError('Translators do not work callbacks.');
  const queues = visibleQueues(actor);
  const rows = await ctx.db
    .select()
    .from(callbacks)
    .where(and(eq(callbacks.status, status), queues === 'all' ? undefined : inArray(callbacks.locality, queues)))
    .orderBy(asc(callbacks.dueAt));
  await ctx.store.transaction((tx) => recordAudit(tx, actor, 'callbacks.listed', { type: 'callbacks', id: status }, ctx.now(), { count: rows.length }));
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

export async function completeCallback({
  ctx,
  actor,
  callbackId,
  outcome,
}: {
  ctx: AppContext;
  actor: StaffRow;
  callbackId: string;
  outcome: string;
}): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const row = firstRow(await tx.select().from(callbacks).where(eq(callbacks.id, callbackId)).limit(1));
    if (!row) throw new NotFoundError('callback');
    assertCanWorkQueue(actor, row.locality);
    if (row.status === 'done') throw new ConflictError('This callback is already done.');
    const now = ctx.now();
    await tx.update(callbacks).set({ status: 'done', outcome, doneBy: actor.id, doneAt: now.toISOString() }).where(eq(callbacks.id, callbackId));
    await recordAudit(tx, actor, 'callback.done', { type: 'conversation', id: row.conversationId }, now, { callbackId });
  });
}

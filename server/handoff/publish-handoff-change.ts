import type { AppContext } from '../app-context.js';
import { findHandoff, openHandoffFor, openHandoffsInQueueOrder } from './handoff-record.js';
import { familyHandoffView, queueEntry } from './handoff-views.js';

/**
 * After a committed change to a conversation's handoff, tell the family, every console, and the
 * other families in the same queue (their place in it may have moved).
 */
export function publishHandoffChange(ctx: AppContext, conversationId: string, handoffId?: string): void {
  const open = openHandoffFor(ctx.db, conversationId);
  ctx.bus.publish('handoff.changed', conversationId, familyHandoffView(ctx, conversationId));
  if (open) ctx.bus.publish('queue.updated', queueEntry(ctx, open));
  const closedId = handoffId && handoffId !== open?.id ? handoffId : undefined;
  if (closedId) ctx.bus.publish('queue.removed', closedId);
  const locality = open?.locality ?? (handoffId ? findHandoff(ctx.db, handoffId)?.locality : undefined);
  for (const row of openHandoffsInQueueOrder(ctx.db)) {
    if (row.handoff.status === 'waiting' && row.handoff.locality === locality && row.handoff.conversationId !== conversationId) {
      ctx.bus.publish('handoff.changed', row.handoff.conversationId, familyHandoffView(ctx, row.handoff.conversationId));
    }
  }
}

/** Staff came online or left: every waiting family learns whether someone can answer now. */
export function publishWaitingViews(ctx: AppContext): void {
  for (const row of openHandoffsInQueueOrder(ctx.db)) {
    if (row.handoff.status === 'waiting') {
      ctx.bus.publish('handoff.changed', row.handoff.conversationId, familyHandoffView(ctx, row.handoff.conversationId));
    }
  }
}

import type { AppContext } from '../app-context.js';
import { findHandoff, openHandoffFor, openHandoffsInQueueOrder } from './handoff-record.js';
import { familyHandoffView, queueEntry } from './handoff-views.js';

/**
 * After a committed change to a conversation's handoff, tell the family, every console, and the
 * other families in the same queue (their place in it may have moved). Each process does this for
 * its own sockets: the committing transaction announced the change to the others (announceChange),
 * and they run this same function when they hear of it.
 */
export async function publishHandoffChange(ctx: AppContext, conversationId: string, handoffId?: string): Promise<void> {
  const open = await openHandoffFor(ctx.db, conversationId);
  ctx.bus.publishLocal('handoff.changed', conversationId, await familyHandoffView(ctx, conversationId));
  if (open) ctx.bus.publishLocal('queue.updated', await queueEntry(ctx, open));
  const closedId = handoffId && handoffId !== open?.id ? handoffId : undefined;
  if (closedId) ctx.bus.publishLocal('queue.removed', closedId);
  const locality = open?.locality ?? (handoffId ? (await findHandoff(ctx.db, handoffId))?.locality : undefined);
  if (locality) await publishQueueNeighbours(ctx, locality, conversationId);
}

/**
 * A waiting family's widget connected or went away: the places of the others in their queue move,
 * because positions count only families still there. Every process hears the presence change and
 * tells its own sockets.
 */
export async function publishPresenceInQueue(ctx: AppContext, conversationId: string): Promise<void> {
  const open = await openHandoffFor(ctx.db, conversationId);
  if (open?.status === 'waiting') await publishQueueNeighbours(ctx, open.locality, conversationId);
}

async function publishQueueNeighbours(ctx: AppContext, locality: string, exceptConversationId: string): Promise<void> {
  for (const row of await openHandoffsInQueueOrder(ctx.db)) {
    if (row.handoff.status === 'waiting' && row.handoff.locality === locality && row.handoff.conversationId !== exceptConversationId) {
      ctx.bus.publishLocal('handoff.changed', row.handoff.conversationId, await familyHandoffView(ctx, row.handoff.conversationId));
    }
  }
}

/** Staff came online or left: every waiting family learns whether someone can answer now. */
export async function publishWaitingViews(ctx: AppContext): Promise<void> {
  for (const row of await openHandoffsInQueueOrder(ctx.db)) {
    if (row.handoff.status === 'waiting') {
      ctx.bus.publish('handoff.changed', row.handoff.conversationId, await familyHandoffView(ctx, row.handoff.conversationId));
    }
  }
}

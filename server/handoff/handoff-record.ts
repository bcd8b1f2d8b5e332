import { and, eq, inArray } from 'drizzle-orm';
import { firstRow, type Tx } from '../db/index.js';
import { conversations, handoffs } from '../db/tables.js';

export type HandoffRow = typeof handoffs.$inferSelect;

/** The conversation's handoff that is waiting or being handled, if any. At most one is open. */
export async function openHandoffFor(db: Tx, conversationId: string): Promise<HandoffRow | undefined> {
  return firstRow(
    await db
      .select()
      .from(handoffs)
      .where(and(eq(handoffs.conversationId, conversationId), inArray(handoffs.status, ['waiting', 'active'])))
      .limit(1),
  );
}

export async function findHandoff(db: Tx, id: string): Promise<HandoffRow | undefined> {
  return firstRow(await db.select().from(handoffs).where(eq(handoffs.id, id)).limit(1));
}

/** Open handoffs with what the queue orders by: urgent first, then longest waiting. */
export async function openHandoffsInQueueOrder(db: Tx) {
  return (
    await db
      .select({ handoff: handoffs, urgent: conversations.urgent })
      .from(handoffs)
      .innerJoin(conversations, eq(conversations.id, handoffs.conversationId))
      .where(inArray(handoffs.status, ['waiting', 'active']))
    // Families who asked in the same millisecond keep the order they asked in: ids are time-ordered UUIDs.
  ).sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.handoff.requestedAt.localeCompare(b.handoff.requestedAt) || a.handoff.id.localeCompare(b.handoff.id));
}

/**
 * 1-based place among waiting handoffs of the same queue. Families who are no longer connected are
 * not counted ahead of anyone: a place behind people who have gone is not an honest place.
 */
export async function queuePosition(db: Tx, handoff: HandoffRow, isOnline: (conversationId: string) => boolean): Promise<number> {
  const waiting = (await openHandoffsInQueueOrder(db)).filter(
    (r) => r.handoff.status === 'waiting' && r.handoff.locality === handoff.locality && (r.handoff.id === handoff.id || isOnline(r.handoff.conversationId)),
  );
  return waiting.findIndex((r) => r.handoff.id === handoff.id) + 1;
}

import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { conversations, handoffs } from '../db/schema.js';

export type HandoffRow = typeof handoffs.$inferSelect;

/** The conversation's handoff that is waiting or being handled, if any. At most one is open. */
export function openHandoffFor(db: Db, conversationId: string): HandoffRow | undefined {
  return db
    .select()
    .from(handoffs)
    .where(and(eq(handoffs.conversationId, conversationId), inArray(handoffs.status, ['waiting', 'active'])))
    .get();
}

export function findHandoff(db: Db, id: string): HandoffRow | undefined {
  return db.select().from(handoffs).where(eq(handoffs.id, id)).get();
}

/** Open handoffs with what the queue orders by: urgent first, then longest waiting. */
export function openHandoffsInQueueOrder(db: Db) {
  return db
    .select({ handoff: handoffs, urgent: conversations.urgent })
    .from(handoffs)
    .innerJoin(conversations, eq(conversations.id, handoffs.conversationId))
    .where(inArray(handoffs.status, ['waiting', 'active']))
    .all()
    .sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.handoff.requestedAt.localeCompare(b.handoff.requestedAt));
}

/** 1-based place among waiting handoffs of the same queue. */
export function queuePosition(db: Db, handoff: HandoffRow): number {
  const waiting = openHandoffsInQueueOrder(db).filter(
    (r) => r.handoff.status === 'waiting' && r.handoff.locality === handoff.locality,
  );
  return waiting.findIndex((r) => r.handoff.id === handoff.id) + 1;
}

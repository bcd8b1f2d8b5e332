import { sql } from 'drizzle-orm';

/**
 * Where each conversation stands, as SQL over one `conversations` row, with the same precedence
 * as handoff/conversation-access.ts (which decides who may open it): the latest handoff's queue,
 * else the latest callback's, else the safeguarding alert's; null when the family never asked for
 * anyone and was never flagged (staff cannot open those, so the list leaves them out).
 */
// Written out qualified: drizzle leaves column names bare in a one-table select, where `id` inside
// these subqueries would name the subquery's own table.
const id = sql.raw('"conversations"."id"');

export const queueColumns = {
  queue: sql<string | null>`coalesce(
    (select h.locality from handoffs h where h.conversation_id = ${id} order by h.requested_at desc limit 1),
    (select cb.locality from callbacks cb where cb.conversation_id = ${id} order by cb.requested_at desc limit 1),
    (select a.locality from safeguarding_alerts a where a.conversation_id = ${id} order by a.raised_at desc limit 1))`.as('queue'),
  handoffStatus: sql<string | null>`(select h.status from handoffs h where h.conversation_id = ${id} order by h.requested_at desc limit 1)`.as(
    'handoff_status',
  ),
  claimedBy: sql<string | null>`(select h.claimed_by from handoffs h where h.conversation_id = ${id} order by h.requested_at desc limit 1)`.as('claimed_by'),
  openCallback: sql<number>`case when exists (select 1 from callbacks cb where cb.conversation_id = ${id} and cb.status = 'open') then 1 else 0 end`.as(
    'open_callback',
  ),
};

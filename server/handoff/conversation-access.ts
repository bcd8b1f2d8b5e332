import { desc, eq } from 'drizzle-orm';
import type { StaffRow } from '../auth/index.js';
import { firstRow, type Tx } from '../db/index.js';
import { callbacks, handoffs, safeguardingAlerts } from '../db/tables.js';
import { ForbiddenError } from '../domain-errors.js';
import { maySeeQueue } from './staff-actor.js';

/**
 * Which queue a conversation is in for staff: its latest handoff's, else its callback's, else (a
 * flagged family who never asked to talk to anyone) its safeguarding alert's; none otherwise.
 */
export async function conversationQueue(db: Tx, conversationId: string): Promise<{ locality: string; claimedBy: string | null } | undefined> {
  const handoff = firstRow(await db.select().from(handoffs).where(eq(handoffs.conversationId, conversationId)).orderBy(desc(handoffs.requestedAt)).limit(1));
  if (handoff) return { locality: handoff.locality, claimedBy: handoff.claimedBy };
  const callback = firstRow(await db.select().from(callbacks).where(eq(callbacks.conversationId, conversationId)).orderBy(desc(callbacks.requestedAt)).limit(1));
  if (callback) return { locality: callback.locality, claimedBy: null };
  const alert = firstRow(await db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.conversationId, conversationId)).orderBy(desc(safeguardingAlerts.raisedAt)).limit(1));
  return alert ? { locality: alert.locality, claimedBy: null } : undefined;
}

/** Whether this member of staff may read the conversation now (the staff socket re-checks this as things move). */
export async function maySeeConversation(db: Tx, actor: StaffRow, conversationId: string): Promise<boolean> {
  const queue = await conversationQueue(db, conversationId);
  return queue !== undefined && maySeeQueue(actor, queue.locality, queue.claimedBy);
}

export async function assertCanSeeConversation(db: Tx, actor: StaffRow, conversationId: string): Promise<void> {
  if (actor.role !== 'manager' && actor.role !== 'staff') throw new ForbiddenError('Only hub staff and managers open family conversations.');
  const queue = await conversationQueue(db, conversationId);
  if (!queue) throw new ForbiddenError('This family has not asked to talk to anyone.');
  if (!maySeeQueue(actor, queue.locality, queue.claimedBy)) throw new ForbiddenError('This family is with another hub.');
}

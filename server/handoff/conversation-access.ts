import { desc, eq } from 'drizzle-orm';
import type { StaffRow } from '../auth/index.js';
import type { Db } from '../db/index.js';
import { callbacks, handoffs, safeguardingAlerts } from '../db/schema.js';
import { ForbiddenError } from '../domain-errors.js';
import { maySeeQueue } from './staff-actor.js';

/**
 * Which queue a conversation is in for staff: its latest handoff's, else its callback's, else (a
 * flagged family who never asked to talk to anyone) its safeguarding alert's; none otherwise.
 */
export function conversationQueue(db: Db, conversationId: string): { locality: string; claimedBy: string | null } | undefined {
  const handoff = db.select().from(handoffs).where(eq(handoffs.conversationId, conversationId)).orderBy(desc(handoffs.requestedAt)).get();
  if (handoff) return { locality: handoff.locality, claimedBy: handoff.claimedBy };
  const callback = db.select().from(callbacks).where(eq(callbacks.conversationId, conversationId)).orderBy(desc(callbacks.requestedAt)).get();
  if (callback) return { locality: callback.locality, claimedBy: null };
  const alert = db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.conversationId, conversationId)).orderBy(desc(safeguardingAlerts.raisedAt)).get();
  return alert ? { locality: alert.locality, claimedBy: null } : undefined;
}

/** Whether this member of staff may read the conversation now (the staff socket re-checks this as things move). */
export function maySeeConversation(db: Db, actor: StaffRow, conversationId: string): boolean {
  const queue = conversationQueue(db, conversationId);
  return queue !== undefined && maySeeQueue(actor, queue.locality, queue.claimedBy);
}

export function assertCanSeeConversation(db: Db, actor: StaffRow, conversationId: string): void {
  if (actor.role !== 'manager' && actor.role !== 'staff') throw new ForbiddenError('Only hub staff and managers open family conversations.');
  const queue = conversationQueue(db, conversationId);
  if (!queue) throw new ForbiddenError('This family has not asked to talk to anyone.');
  if (!maySeeQueue(actor, queue.locality, queue.claimedBy)) throw new ForbiddenError('This family is with another hub.');
}

import type { StaffRow } from '../auth/index.js';
import { ForbiddenError } from '../domain-errors.js';
import type { HandoffRow } from './handoff-record.js';

/**
 * The one staff visibility rule, used by HTTP routes, verbs and every staff socket broadcast:
 * managers see every queue; hub staff see their own hub's queue, the shared queue (families whose
 * hub is not known) and any family they are helping themselves; translators see no families.
 */
export function maySeeQueue(actor: StaffRow, locality: string, claimedBy?: string | null): boolean {
  if (actor.role === 'manager') return true;
  if (actor.role !== 'staff') return false;
  return locality === 'shared' || locality === actor.locality || (!!claimedBy && claimedBy === actor.id);
}

/**
 * The same rule for a list query over queue records (callbacks): the queues this person may see,
 * every queue ('all'), or none. Records they claimed themselves are the caller's to add.
 */
export function visibleQueues(actor: StaffRow): string[] | 'all' {
  if (actor.role === 'manager') return 'all';
  if (actor.role !== 'staff') return [];
  return ['shared', ...(actor.locality ? [actor.locality] : [])];
}

/** Hub staff work their own hub's queue and the shared one; managers can act on any. */
export function assertCanWorkQueue(actor: StaffRow, locality: string): void {
  if (actor.role !== 'manager' && actor.role !== 'staff') throw new ForbiddenError('Only hub staff and managers work the queue.');
  if (!maySeeQueue(actor, locality)) throw new ForbiddenError('This family is in another hub’s queue.');
}

/** Chatting, releasing and ending belong to whoever claimed the conversation (or a manager). */
export function assertHolds(actor: StaffRow, handoff: HandoffRow): void {
  if (handoff.status !== 'active') throw new ForbiddenError('Claim this conversation first.');
  if (handoff.claimedBy !== actor.id && actor.role !== 'manager') throw new ForbiddenError('Another member of staff is helping this family.');
}

import type { StaffRow } from '../auth/index.js';
import { ForbiddenError } from '../domain-errors.js';
import type { HandoffRow } from './handoff-record.js';

/** Hub staff work their own hub's queue and the shared one; managers can act on any. */
export function assertCanWorkQueue(actor: StaffRow, locality: string): void {
  if (actor.role === 'manager') return;
  if (actor.role !== 'staff') throw new ForbiddenError('Only hub staff and managers work the queue.');
  if (actor.locality !== locality && locality !== 'shared') throw new ForbiddenError('This family is in another hub’s queue.');
}

/** Chatting, releasing and ending belong to whoever claimed the conversation (or a manager). */
export function assertHolds(actor: StaffRow, handoff: HandoffRow): void {
  if (handoff.status !== 'active') throw new ForbiddenError('Claim this conversation first.');
  if (handoff.claimedBy !== actor.id && actor.role !== 'manager') throw new ForbiddenError('Another member of staff is helping this family.');
}

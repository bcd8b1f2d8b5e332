import { UnprocessableError } from '../domain-errors.js';
import type { EnquiryStatus, TransitionBody } from '../protocol/enquiry-bodies.js';
import type { EnquiryEventType } from './enquiry-events.js';
import { checkMoveFitsLevel, type NeedFacts } from './level-of-need-rules.js';

/**
 * new -> triaged -> advice-given | allocated -> closed. A triaged enquiry may also close straight
 * away (the family declined, moved away, or it was stepped up to social care). Pure.
 */
export const NEXT_STATUSES: Record<EnquiryStatus, readonly EnquiryStatus[]> = {
  new: ['triaged'],
  triaged: ['advice-given', 'allocated', 'closed'],
  'advice-given': ['closed'],
  allocated: ['closed'],
  closed: [],
};

export const EVENT_FOR_STATUS: Record<Exclude<EnquiryStatus, 'new'>, EnquiryEventType> = {
  triaged: 'enquiry.triaged',
  'advice-given': 'enquiry.advice_given',
  allocated: 'enquiry.allocated',
  closed: 'enquiry.closed',
};

const NOT_TRIAGED: NeedFacts = { level: null, safeguardingFlagged: false };

/**
 * Throws when the move is not allowed, or lacks what it needs (who it went to, how it ended, a
 * level of need that fits at triage).
 */
export function checkTransition(from: EnquiryStatus, move: TransitionBody, withdrawn: boolean, facts: NeedFacts = NOT_TRIAGED): Exclude<EnquiryStatus, 'new'> {
  const { to } = move;
  if (from === 'closed') throw new UnprocessableError('This enquiry is closed.');
  if (to === 'new') throw new UnprocessableError('An enquiry cannot go back to new.');
  // Without consent the only work left is to close the record.
  if (withdrawn && to !== 'closed') throw new UnprocessableError('The family withdrew consent: this enquiry can only be closed.');
  if (!withdrawn && !NEXT_STATUSES[from].includes(to)) {
    throw new UnprocessableError(`An enquiry that is ${from} cannot become ${to}. It can become: ${NEXT_STATUSES[from].join(', ')}.`);
  }
  if (move.outcome && to !== 'closed') throw new UnprocessableError('An outcome is only given when closing.');
  if (move.allocatedTo && to !== 'allocated') throw new UnprocessableError('Say who it is allocated to only when allocating.');
  if (to === 'allocated' && !move.allocatedTo) throw new UnprocessableError('Say which lead practitioner or service the enquiry is allocated to.');
  if (to === 'closed' && !move.outcome) throw new UnprocessableError('Choose the outcome to close an enquiry.');
  if (move.outcome === 'other' && !move.note) throw new UnprocessableError('Say what the outcome was in the note.');
  // Closing a withdrawn enquiry is always allowed: the family's withdrawal outweighs the level's rules.
  if (!withdrawn) checkMoveFitsLevel(move, facts);
  return to;
}

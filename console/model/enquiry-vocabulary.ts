import type { CloseOutcome, EnquiryContact, EnquiryDetails, EnquiryStatus } from '../../server/protocol/enquiry-bodies.js';

// enquiry-bodies.ts pulls in zod, so its lists are mirrored here as records keyed by the protocol's
// own types: adding a status or outcome there fails the typecheck here until it is listed.
const STATUS_KEYS: Record<EnquiryStatus, true> = { new: true, triaged: true, 'advice-given': true, allocated: true, closed: true };
const OUTCOME_KEYS: Record<CloseOutcome, true> = {
  'support-provided': true,
  'needs-met-by-advice': true,
  'referred-to-service': true,
  'family-declined-support': true,
  'stepped-up-to-social-care': true,
  'moved-out-of-area': true,
  other: true,
};
const URGENCY_KEYS: Record<NonNullable<EnquiryDetails['urgency']>, true> = { 'danger-now': true, today: true, 'this-week': true, 'can-wait': true };
const CONTACT_KEYS: Record<EnquiryContact['method'], true> = { phone: true, text: true, email: true, letter: true, 'in-person': true };

export const ENQUIRY_STATUSES = Object.keys(STATUS_KEYS) as EnquiryStatus[];
export const CLOSE_OUTCOMES = Object.keys(OUTCOME_KEYS) as CloseOutcome[];
export const ENQUIRY_URGENCIES = Object.keys(URGENCY_KEYS) as NonNullable<EnquiryDetails['urgency']>[];
export const CONTACT_METHODS = Object.keys(CONTACT_KEYS) as EnquiryContact['method'][];

/** The workflow the server enforces (server/enquiries/enquiry-workflow.ts), so only legal moves are offered. */
const NEXT: Record<EnquiryStatus, readonly EnquiryStatus[]> = {
  new: ['triaged'],
  triaged: ['advice-given', 'allocated', 'closed'],
  'advice-given': ['closed'],
  allocated: ['closed'],
  closed: [],
};

/** Without consent the only work left on an enquiry is to close it. */
export function nextStatuses(status: EnquiryStatus, withdrawn: boolean): readonly EnquiryStatus[] {
  if (status === 'closed') return [];
  return withdrawn ? ['closed'] : NEXT[status];
}

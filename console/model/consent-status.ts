import type { ConversationDetail } from '../../server/protocol/index.js';

export type ConsentStatus = 'not-asked' | 'asked' | 'yes' | 'no' | 'withdrawn';

/** Where the family's latest Early Help consent stands; only a live "yes" allows an enquiry. */
export function consentStatus(consent: ConversationDetail['consent']): ConsentStatus {
  if (!consent) return 'not-asked';
  if (consent.withdrawn) return 'withdrawn';
  if (consent.answer === 'yes' || consent.answer === 'no') return consent.answer;
  return 'asked';
}

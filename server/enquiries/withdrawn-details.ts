import type { EnquiryDetails } from '../protocol/enquiry-bodies.js';

/**
 * What staff still see of an enquiry after the family withdrew consent: only what honouring the
 * withdrawal needs. Where it belongs (locality), how to talk to the family if they call (language,
 * interpreter) and the safeguarding flags (a duty consent does not switch off). Not their words,
 * children, needs or contact details, which were shared on the consent now withdrawn.
 */
export function withdrawnDetails(details: EnquiryDetails): EnquiryDetails {
  return {
    familyMembers: [],
    childAgeBands: [],
    needs: [],
    locality: details.locality,
    language: details.language,
    interpreterNeeded: details.interpreterNeeded,
    ...(details.interpreterLanguage ? { interpreterLanguage: details.interpreterLanguage } : {}),
    safeguardingFlags: details.safeguardingFlags,
  };
}

/**
 * The Continuum of Need (Thrive) that triage places every enquiry on, and the next steps that fit
 * each level. Plain values with no zod, so the console imports the same lists the server enforces.
 */

export const LEVELS_OF_NEED = ['getting-advice', 'getting-help', 'getting-more-help', 'help-to-address-harm'] as const;
export type LevelOfNeed = (typeof LEVELS_OF_NEED)[number];

export const NEXT_STEPS = [
  'advice-and-signposting',
  'single-agency-support',
  'family-hub-support',
  'early-help-assessment',
  'referral-to-social-care',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** Which next steps fit which level: Getting More Help is an EHA; Help to Address Harm is a referral to social care. */
export const NEXT_STEPS_FOR_LEVEL: Record<LevelOfNeed, readonly NextStep[]> = {
  'getting-advice': ['advice-and-signposting'],
  'getting-help': ['single-agency-support', 'family-hub-support'],
  'getting-more-help': ['early-help-assessment'],
  'help-to-address-harm': ['referral-to-social-care'],
};

/** A step up moves towards Help to Address Harm, a step down away from it; the first level set is neither. */
export type LevelChangeDirection = 'set' | 'step-up' | 'step-down';

export function levelChangeDirection(from: LevelOfNeed | null, to: LevelOfNeed): LevelChangeDirection {
  if (from === null) return 'set';
  return LEVELS_OF_NEED.indexOf(to) > LEVELS_OF_NEED.indexOf(from) ? 'step-up' : 'step-down';
}

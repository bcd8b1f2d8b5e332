/**
 * The shared words of Front Door: needs, hub localities, who is asking, urgency, age bands.
 * Ids are stable data (flows, resources and the database refer to them); labels live in locales/.
 */

export const NEEDS = [
  'money-debt',
  'housing',
  'food-fuel',
  'pregnancy-baby-feeding',
  'child-development-school-readiness',
  'childcare-funded-places',
  'school-attendance',
  'send',
  'behaviour-parenting',
  'emotional-wellbeing-mental-health',
  'family-relationships',
  'domestic-abuse',
  'drugs-alcohol',
  'young-carers',
  'work-skills',
  'activities-sport',
] as const;
export type Need = (typeof NEEDS)[number];

/** The four Family Hub localities. `shared` is the queue for families whose locality is unknown. */
export const LOCALITIES = ['west', 'south', 'east', 'keighley-shipley'] as const;
export type Locality = (typeof LOCALITIES)[number];
export type QueueLocality = Locality | 'shared';

export const ASKERS = ['parent-carer', 'expecting', 'young-person', 'helper'] as const;
export type Asker = (typeof ASKERS)[number];

export const URGENCIES = ['today', 'this-week', 'can-wait'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Children's age bands, with the inclusive age range in years that resources are matched on. */
export const AGE_BANDS = {
  unborn: { min: -1, max: -1 },
  '0-1': { min: 0, max: 1 },
  '2-4': { min: 2, max: 4 },
  '5-11': { min: 5, max: 11 },
  '12-15': { min: 12, max: 15 },
  '16-18': { min: 16, max: 18 },
  '19-25': { min: 19, max: 25 },
} as const;
export type AgeBand = keyof typeof AGE_BANDS;
export const AGE_BAND_IDS = Object.keys(AGE_BANDS) as AgeBand[];

/** Thrive / Continuum of Need levels. */
export const CONTINUUM = ['getting-advice', 'getting-help', 'getting-more-help', 'help-to-address-harm'] as const;
export type ContinuumLevel = (typeof CONTINUUM)[number];

export const STAFF_ROLES = ['staff', 'manager', 'translator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * What a message can disclose, after Working Together to Safeguard Children. Detection finds
 * categories; config/safeguarding.json maps each to the route card a family sees.
 */
export const SAFEGUARDING_CATEGORIES = [
  'immediate-danger',
  'suicide-self-harm',
  'physical-abuse',
  'sexual-abuse',
  'emotional-abuse',
  'neglect',
  'domestic-abuse',
  'exploitation',
  'fgm',
  'forced-marriage',
  'missing-child',
  'radicalisation',
] as const;
export type SafeguardingCategory = (typeof SAFEGUARDING_CATEGORIES)[number];

/**
 * The id of the route card a family sees, most urgent first: when a message shows several cards,
 * this order decides which comes first.
 */
export const SAFEGUARDING_SEVERITIES = [
  'immediate-danger',
  'suicide-self-harm',
  'child-safety',
  'domestic-abuse',
  'honour-based-abuse',
  'missing-child',
  'radicalisation',
] as const;
export type SafeguardingSeverity = (typeof SAFEGUARDING_SEVERITIES)[number];

/** What a member of staff did about a safeguarding alert. `false-alarm` and `other` must say why / what. */
export const ALERT_ACTIONS = ['called-999', 'referred-csc', 'spoke-to-family', 'false-alarm', 'other'] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];
export const ACTIONS_NEEDING_REASON: readonly AlertAction[] = ['false-alarm', 'other'];

import { z } from 'zod';
import { getLanguage } from '../i18n/language-registry.js';
import { LEVELS_OF_NEED, NEXT_STEPS, type LevelChangeDirection, type LevelOfNeed, type NextStep } from './continuum-of-need.js';
import { AGE_BAND_IDS, ASKERS, LOCALITIES, NEEDS, SAFEGUARDING_SEVERITIES, URGENCIES } from './vocabulary.js';

/** Early Help enquiries: what staff send to open and move one, and what the console gets back. */

export const ENQUIRY_STATUSES = ['new', 'triaged', 'advice-given', 'allocated', 'closed'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];

/** Why an enquiry closed. There is deliberately no bare "no further action": say what happened. */
export const CLOSE_OUTCOMES = [
  'support-provided',
  'needs-met-by-advice',
  'referred-to-service',
  'family-declined-support',
  'stepped-up-to-social-care',
  'moved-out-of-area',
  'other',
] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/** The flow's urgency answers: the shared vocabulary plus "someone is in danger now". */
export const ENQUIRY_URGENCIES = ['danger-now', ...URGENCIES] as const;

const AgeBandId = z.enum(AGE_BAND_IDS as [string, ...string[]]);
const Text = (max: number) => z.string().trim().min(1).max(max);
/** A real calendar day (no 2026-02-30, no 0000-00-00) in a range the service can have data for. */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d\d-\d\d$/, 'Use YYYY-MM-DD.')
  .refine(isCalendarDate, 'Use a real date between 2000-01-01 and 2999-12-31.');

function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && year <= 2999 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A language from the registry (server/i18n/languages.json), stored in its canonical spelling. The
 * value reaches the console and the case-system export, so nothing else is accepted.
 */
export const LanguageCode = z
  .string()
  .max(35)
  .refine((code) => getLanguage(code) !== undefined, 'Not a language in the registry.')
  .transform((code) => getLanguage(code)!.code);

export const FamilyMember = z.object({
  /** Free words: "mum", "stepdad", "older sister". */
  relationship: Text(60),
  name: Text(120).optional(),
  ageBand: AgeBandId.optional(),
});
export type FamilyMember = z.infer<typeof FamilyMember>;

export const EnquiryContact = z.object({
  method: z.enum(['phone', 'text', 'email', 'letter', 'in-person']),
  value: Text(200).optional(),
  preferredTime: Text(200).optional(),
  /** Whether a voicemail or message may be left: matters when someone at home must not know. */
  safeToLeaveMessage: z.boolean().optional(),
});
export type EnquiryContact = z.infer<typeof EnquiryContact>;

/** Everything an Early Help enquiry records, prefilled from the conversation so families tell their story once. */
export const EnquiryDetails = z.object({
  whoIsAsking: z.enum(ASKERS).optional(),
  familyMembers: z.array(FamilyMember).max(30),
  childAgeBands: z.array(AgeBandId).max(AGE_BAND_IDS.length),
  needs: z.array(z.enum(NEEDS)).max(NEEDS.length),
  otherNeeds: Text(1000).optional(),
  postcodeDistrict: z.string().regex(/^[A-Z]{1,2}\d{1,2}$/).optional(),
  locality: z.enum([...LOCALITIES, 'any']),
  language: LanguageCode,
  interpreterNeeded: z.boolean(),
  interpreterLanguage: LanguageCode.optional(),
  contact: EnquiryContact.optional(),
  urgency: z.enum(ENQUIRY_URGENCIES).optional(),
  safeguardingFlags: z.array(z.enum(SAFEGUARDING_SEVERITIES)).max(SAFEGUARDING_SEVERITIES.length),
  familyOwnWords: Text(4000).optional(),
  staffNotes: Text(4000).optional(),
});
export type EnquiryDetails = z.infer<typeof EnquiryDetails>;

/** Staff corrections and additions: any field given replaces the prefilled one. */
export const CreateEnquiryBody = EnquiryDetails.partial().extend({ conversationId: z.string().uuid() }).strict();
export type CreateEnquiryBody = z.infer<typeof CreateEnquiryBody>;

export const AllocatedTo = z.object({
  kind: z.enum(['lead-practitioner', 'service']),
  name: Text(200),
  /** Set when the lead practitioner is a Front Door user. */
  staffId: z.string().max(100).optional(),
});
export type AllocatedTo = z.infer<typeof AllocatedTo>;

/**
 * Where triage places the family on the Continuum of Need and what happens next. The fit between
 * level and next step is checked in server/enquiries/level-of-need-rules.ts.
 */
export const NeedPlacement = z
  .object({
    level: z.enum(LEVELS_OF_NEED),
    nextStep: z.enum(NEXT_STEPS),
    /** Getting More Help: the Early Help Assessment's named lead practitioner. */
    leadPractitioner: Text(200).optional(),
    /** Help to Address Harm: when the referral to Children's Social Care was made, and by whom. */
    socialCareReferral: z.object({ by: Text(200), on: IsoDate }).strict().optional(),
  })
  .strict();
export type NeedPlacement = z.infer<typeof NeedPlacement>;

export const TransitionBody = z
  .object({
    to: z.enum(ENQUIRY_STATUSES),
    outcome: z.enum(CLOSE_OUTCOMES).optional(),
    allocatedTo: AllocatedTo.optional(),
    /** Required when triaging. */
    need: NeedPlacement.optional(),
    note: Text(2000).optional(),
  })
  .strict();
export type TransitionBody = z.infer<typeof TransitionBody>;

/** A step up or step down after triage: the new placement and why. */
export const ChangeLevelBody = z.object({ need: NeedPlacement, reason: Text(2000) }).strict();
export type ChangeLevelBody = z.infer<typeof ChangeLevelBody>;

export const WithdrawConsentBody = z.object({ consentId: z.string().uuid() }).strict();
export type WithdrawConsentBody = z.infer<typeof WithdrawConsentBody>;

/** Inclusive calendar dates in the hubs' time zone. */
export const DateRangeQuery = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((r) => r.from <= r.to, { message: '`from` must not be after `to`.', path: ['to'] });
export type DateRangeQuery = z.infer<typeof DateRangeQuery>;

export const ExportQuery = z.object({ from: IsoDate, to: IsoDate, format: z.enum(['json', 'csv']).default('json') }).refine((r) => r.from <= r.to, {
  message: '`from` must not be after `to`.',
  path: ['to'],
});
export type ExportQuery = z.infer<typeof ExportQuery>;

export const AuditQuery = z.object({
  subjectType: z.string().max(60).optional(),
  subjectId: z.string().max(100).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const EnquiryListQuery = z.object({ status: z.enum(ENQUIRY_STATUSES).optional() });
export type EnquiryListQuery = z.infer<typeof EnquiryListQuery>;

export const DeliveryLogQuery = z.object({ status: z.enum(['pending', 'delivered', 'failed']).optional() });
export type DeliveryLogQuery = z.infer<typeof DeliveryLogQuery>;

export interface EnquiryEventView {
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  by: string;
  /** The staff member's display name and role, when `by` is a member of staff. */
  byName?: string;
  byRole?: string;
  at: string;
  detail: unknown;
}

export interface LevelChangeView {
  fromLevel: LevelOfNeed | null;
  toLevel: LevelOfNeed;
  direction: LevelChangeDirection;
  nextStep: NextStep;
  leadPractitioner: string | null;
  socialCareReferral: { by: string; on: string } | null;
  reason: string | null;
  by: string;
  at: string;
}

/** The practitioner who asked for Early Help for the family, as they told the practitioner flow. */
export interface ReferrerView {
  agency: string | null;
  name: string | null;
  role: string | null;
  organisation: string | null;
  email: string | null;
  phone: string | null;
}

export type ConsentBasis = 'family-given' | 'practitioner-attested';

export interface EnquirySummaryView {
  id: string;
  reference: string;
  conversationId: string;
  status: EnquiryStatus;
  levelOfNeed: LevelOfNeed | null;
  consentBasis: ConsentBasis;
  /** Set for a practitioner's request: staff see "Request from" first. */
  referrer: ReferrerView | null;
  locality: string;
  needs: string[];
  urgency?: string;
  contactAt: string;
  createdAt: string;
  withdrawn: boolean;
}

export interface EnquiryView extends EnquirySummaryView {
  details: EnquiryDetails;
  createdBy: string;
  triagedAt: string | null;
  allocatedAt: string | null;
  allocatedTo: AllocatedTo | null;
  closedAt: string | null;
  outcome: string | null;
  withdrawnAt: string | null;
  nextStep: NextStep | null;
  levelChanges: LevelChangeView[];
  events: EnquiryEventView[];
}

export interface WebhookDeliveryView {
  id: string;
  /** Who caused the event delivered: a staff member's display name and role, when known. */
  byName?: string;
  byRole?: string;
  enquiryId: string;
  eventType: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

import { z } from 'zod';
import { ENQUIRY_EVENT_TYPES } from '../enquiries/enquiry-events.js';
import { ENQUIRY_STATUSES, EnquiryDetails } from '../protocol/index.js';

/**
 * The Standard Webhooks payloads server/enquiries/enquiry-events.ts sends (its payloadData), as
 * zod so they can be described in /openapi.json; strict, and test/integration/openapi.test.ts checks
 * real queued payloads against them, so the two cannot drift apart. A withdrawal carries ids only: after consent is
 * withdrawn nothing personal leaves.
 */
const Base = { enquiryId: z.string().uuid(), reference: z.string() };

const Created = z.object({
  ...Base,
  status: z.enum(ENQUIRY_STATUSES),
  contactAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  details: EnquiryDetails,
  consentBasis: z.enum(['family-given', 'practitioner-attested']),
  referrer: z
    .object({ agency: z.string().nullable(), name: z.string().nullable(), role: z.string().nullable(), organisation: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
    .strict()
    .nullable(),
}).strict();

const Changed = z.object({
  ...Base,
  fromStatus: z.enum(ENQUIRY_STATUSES).nullable(),
  toStatus: z.enum(ENQUIRY_STATUSES).nullable(),
  by: z.string(),
  at: z.string(),
  detail: z.unknown().optional(),
}).strict();

const Withdrawn = z.object({ ...Base, withdrawnAt: z.string() }).strict();

/** After an erasure the enquiry no longer exists: the case system gets its reference to erase its copy. */
const Erased = z.object({ reference: z.string(), erasedAt: z.string() }).strict();

/** Every webhook event type: the enquiry's own events, and the erasure notice (server/retention). */
export const WEBHOOK_EVENT_TYPES = [...ENQUIRY_EVENT_TYPES, 'enquiry.erased'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function webhookPayload(type: WebhookEventType): z.ZodType {
  const data = type === 'enquiry.created' ? Created : type === 'enquiry.consent_withdrawn' ? Withdrawn : type === 'enquiry.erased' ? Erased : Changed;
  return z.object({ type: z.literal(type), timestamp: z.string(), data }).strict();
}

export { ENQUIRY_EVENT_TYPES };

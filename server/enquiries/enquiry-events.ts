import { and, eq } from 'drizzle-orm';
import { orderedId, type Tx } from '../db/index.js';
import { consents, enquiries, enquiryEvents, webhookDeliveries } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import { NotFoundError } from '../domain-errors.js';
import { referrerViewOf } from './enquiry-record.js';

/** What happens to an enquiry, by name. The same names go out as webhook event types. */
export const ENQUIRY_EVENT_TYPES = [
  'enquiry.created',
  'enquiry.triaged',
  'enquiry.advice_given',
  'enquiry.allocated',
  'enquiry.closed',
  'enquiry.consent_withdrawn',
  'enquiry.level_changed',
] as const;
export type EnquiryEventType = (typeof ENQUIRY_EVENT_TYPES)[number];

/** Where enquiry events are sent (WEBHOOK_URL / WEBHOOK_SECRET). Absent: nothing is queued. */
export interface WebhookTarget {
  url: string;
  secret: string;
}

/** The transaction making the change, and where deliveries go (set when delivery is configured). */
export interface EventContext {
  db: Tx;
  webhook?: WebhookTarget | undefined;
}

export interface EnquiryEventInput {
  enquiryId: string;
  type: EnquiryEventType;
  /** A staff id, or 'family' for a withdrawal from the widget. */
  by: string;
  at: Date;
  fromStatus?: string;
  toStatus?: string;
  detail?: unknown;
}

/**
 * Records one thing that happened to an enquiry and queues it for the case system. Call inside the
 * transaction that made the change, so the event, the change and the queued delivery commit together.
 */
export async function recordEnquiryEvent(ctx: EventContext, input: EnquiryEventInput): Promise<void> {
  const found = firstRow(
    await ctx.db
      .select({ enquiry: enquiries, consentWithdrawnAt: consents.withdrawnAt })
      .from(enquiries)
      .innerJoin(consents, eq(consents.id, enquiries.consentId))
      .where(eq(enquiries.id, input.enquiryId))
      .limit(1),
  );
  if (!found) throw new NotFoundError('enquiry');
  const at = input.at.toISOString();
  await ctx.db.insert(enquiryEvents).values({
    id: orderedId(),
    enquiryId: input.enquiryId,
    type: input.type,
    fromStatus: input.fromStatus ?? null,
    toStatus: input.toStatus ?? null,
    by: input.by,
    at,
    detail: input.detail ?? null,
  });

  const withdrawn = found.enquiry.withdrawnAt !== null || found.consentWithdrawnAt !== null;
  if (input.type === 'enquiry.consent_withdrawn') await cancelPendingDeliveries(ctx, input.enquiryId, at);
  // After withdrawal nothing personal leaves; the withdrawal notice itself names only the enquiry.
  if (!ctx.webhook || (withdrawn && input.type !== 'enquiry.consent_withdrawn')) return;
  const id = `msg_${orderedId()}`;
  await ctx.db.insert(webhookDeliveries).values({
    id,
    enquiryId: input.enquiryId,
    eventType: input.type,
    payload: JSON.stringify({ type: input.type, timestamp: at, data: payloadData(found.enquiry, input) }),
    status: 'pending',
    nextAttemptAt: at,
    createdAt: at,
  });
}

type EnquiryRow = typeof enquiries.$inferSelect;

/** Standard Webhooks `data`: the enquiry as created, then each change; a withdrawal carries ids only. */
function payloadData(enquiry: EnquiryRow, input: EnquiryEventInput): Record<string, unknown> {
  const base = { enquiryId: enquiry.id, reference: enquiry.reference };
  if (input.type === 'enquiry.consent_withdrawn') return { ...base, withdrawnAt: input.at.toISOString() };
  if (input.type === 'enquiry.created') {
    return {
      ...base,
      status: enquiry.status,
      contactAt: enquiry.contactAt,
      createdAt: enquiry.createdAt,
      createdBy: enquiry.createdBy,
      details: enquiry.details,
      consentBasis: enquiry.consentBasis,
      referrer: referrerViewOf(enquiry),
    };
  }
  return {
    ...base,
    fromStatus: input.fromStatus ?? null,
    toStatus: input.toStatus ?? null,
    by: input.by,
    at: input.at.toISOString(),
    ...(input.detail !== undefined ? { detail: input.detail } : {}),
  };
}

/** Events not yet sent when consent is withdrawn carry personal data: they must never go out now. */
async function cancelPendingDeliveries(ctx: EventContext, enquiryId: string, at: string): Promise<void> {
  await ctx.db
    .update(webhookDeliveries)
    .set({ status: 'failed', nextAttemptAt: null, lastError: `cancelled at ${at}: consent withdrawn before delivery` })
    .where(and(eq(webhookDeliveries.enquiryId, enquiryId), eq(webhookDeliveries.status, 'pending')));
}

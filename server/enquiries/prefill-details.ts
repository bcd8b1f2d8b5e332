import type { z } from 'zod';
import type { callbacks, conversations } from '../db/tables.js';
import { UnprocessableError } from '../domain-errors.js';
import { ConcernSummary, SAFEGUARDING_SEVERITIES, type SafeguardingSeverity } from '../protocol/index.js';
import { EnquiryDetails, type CreateEnquiryBody } from '../protocol/enquiry-bodies.js';

export type EnquiryCorrections = Omit<CreateEnquiryBody, 'conversationId'>;

export interface PrefillSources {
  conversation: typeof conversations.$inferSelect;
  /** The family's latest callback request, if they left one: the only place contact details live. */
  callback?: typeof callbacks.$inferSelect | undefined;
  /** Severities the danger screen recorded for this conversation. */
  triggers: string[];
}

const fields = EnquiryDetails.shape;

/**
 * The enquiry as the family already told it in the chat (so they tell their story once), with the
 * staff member's corrections on top. Pure. Recorded safeguarding flags cannot be taken away by a
 * correction: staff may add flags, and only a separate, audited process should ever remove one.
 */
export function prefillDetails(sources: PrefillSources, corrections: EnquiryCorrections): EnquiryDetails {
  const { conversation, callback } = sources;
  const summary = ConcernSummary.safeParse(conversation.summary);
  const told = summary.success ? summary.data : { childAges: [], needs: [], locality: 'any' as const };
  const prefill = {
    whoIsAsking: valid(fields.whoIsAsking, told.who),
    familyMembers: [],
    childAgeBands: told.childAges,
    needs: told.needs,
    postcodeDistrict: valid(fields.postcodeDistrict, told.postcodeDistrict),
    locality: told.locality,
    language: conversation.language,
    interpreterNeeded: conversation.interpreterNeeded !== null,
    interpreterLanguage: conversation.interpreterNeeded ?? undefined,
    contact: callback ? valid(fields.contact, contactFrom(callback)) : undefined,
    urgency: valid(fields.urgency, told.urgency),
    familyOwnWords: valid(fields.familyOwnWords, told.ownWords?.slice(0, 4000)),
  };
  const recorded = [...sources.triggers, conversation.urgentReason].filter(isSeverity);
  const merged = {
    ...withoutUndefined(prefill),
    ...withoutUndefined(corrections),
    safeguardingFlags: [...new Set([...recorded, ...(corrections.safeguardingFlags ?? [])])],
  };
  const parsed = EnquiryDetails.safeParse(merged);
  if (!parsed.success) {
    throw new UnprocessableError(`Check the enquiry details: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

function contactFrom(callback: typeof callbacks.$inferSelect) {
  return {
    method: callback.contactMethod,
    value: callback.contactValue,
    ...(callback.preferredTime ? { preferredTime: callback.preferredTime } : {}),
  };
}

/** A prefilled value the schema would refuse is left out for staff to fill in, not a failure. */
function valid<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | undefined {
  if (value === undefined || value === null) return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function isSeverity(value: unknown): value is SafeguardingSeverity {
  return (SAFEGUARDING_SEVERITIES as readonly unknown[]).includes(value);
}

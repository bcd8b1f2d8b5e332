import { z } from 'zod';
import { AGE_BAND_IDS, LOCALITIES, NEEDS, SAFEGUARDING_SEVERITIES } from './vocabulary.js';

/**
 * What a message carries. Bot text is stored as i18next keys (never rendered English) so the
 * widget shows it in the family's language and the console in the staff member's.
 */

/** An i18next key with optional interpolation values, e.g. { key: 'flows:ffd.welcome' }. */
export const LocalisedText = z.object({
  key: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type LocalisedText = z.infer<typeof LocalisedText>;

export const ChoiceOption = z.object({ value: z.string(), label: z.string() });
export type ChoiceOption = z.infer<typeof ChoiceOption>;

export const PromptInput = z.enum(['choice', 'multi-choice', 'free-text', 'postcode']);
export type PromptInput = z.infer<typeof PromptInput>;

export const ResourceCard = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  needs: z.array(z.enum(NEEDS)),
  phone: z.string().optional(),
  website: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
  openingHours: z.string().optional(),
  languages: z.array(z.string()),
  localities: z.array(z.enum(LOCALITIES)),
  cost: z.enum(['free', 'low-cost', 'paid']).optional(),
  /** 'hub' services belong to one Family Hub area: the card says "local to you". */
  scope: z.enum(['hub', 'district', 'national']),
  /** An interpreter can be arranged even when the service does not speak the language itself. */
  interpreting: z.boolean(),
  /** Weekly hours as data (days as RFC 5545 codes, 24-hour times), rendered in the family's locale. */
  schedule: z.array(z.object({ days: z.array(z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])), opens: z.string(), closes: z.string() })).optional(),
  delivery: z.array(z.enum(['in-person', 'online', 'phone'])).optional(),
  /** English; the widget shows `resources:entries.<id>.eligibility` when translated. */
  referralCriteria: z.string().optional(),
});
export type ResourceCard = z.infer<typeof ResourceCard>;

export const SafeguardingRoute = z.object({
  severity: z.enum(SAFEGUARDING_SEVERITIES),
  /** Locale keys for the card's heading and what-to-do-now text. */
  title: z.string(),
  body: z.string(),
  contacts: z.array(
    z.object({
      label: z.string(),
      phone: z.string().optional(),
      text: z.string().optional(),
      website: z.string().optional(),
      hours: z.string().optional(),
    }),
  ),
});
export type SafeguardingRoute = z.infer<typeof SafeguardingRoute>;

export const ConcernSummary = z.object({
  who: z.string().optional(),
  childAges: z.array(z.enum(AGE_BAND_IDS as [string, ...string[]])),
  needs: z.array(z.enum(NEEDS)),
  postcodeDistrict: z.string().optional(),
  locality: z.enum([...LOCALITIES, 'any']),
  urgency: z.string().optional(),
  ownWords: z.string().optional(),
});
export type ConcernSummary = z.infer<typeof ConcernSummary>;

export const MessageContent = z.discriminatedUnion('kind', [
  /** Words a person typed (family or staff). Stored as written. */
  z.object({ kind: z.literal('text'), text: z.string() }),
  /** A scripted line from the flow or a staff quick reply, as a locale key. */
  z.object({ kind: z.literal('localised'), text: LocalisedText }),
  /** The flow asks something; the widget renders the matching control. */
  z.object({
    kind: z.literal('prompt'),
    nodeId: z.string(),
    prompt: LocalisedText,
    input: PromptInput,
    options: z.array(ChoiceOption).optional(),
    optional: z.boolean().optional(),
    /** For multi-choice: how many options may be picked (max 1 renders as radio buttons). */
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  }),
  /** The family's answer to a choice prompt: option values plus their label keys for display. */
  z.object({ kind: z.literal('answer'), nodeId: z.string(), values: z.array(z.string()), labels: z.array(z.string()) }),
  z.object({ kind: z.literal('resources'), cards: z.array(ResourceCard), hasMore: z.boolean() }),
  z.object({ kind: z.literal('safeguarding'), route: SafeguardingRoute, outOfHours: z.boolean() }),
  /** Something that happened (staff joined, conversation ended): a locale key for both sides. */
  z.object({ kind: z.literal('event'), text: LocalisedText }),
  z.object({
    kind: z.literal('consent-request'),
    consentId: z.string(),
    wordingKey: z.string(),
    wordingVersion: z.number().int(),
    /** The exact paragraphs shown, rendered on the server: their hash is what consent was given to. */
    paragraphs: z.array(z.string()),
    language: z.string(),
  }),
  z.object({ kind: z.literal('consent-answer'), consentId: z.string(), answer: z.enum(['yes', 'no']) }),
]);
export type MessageContent = z.infer<typeof MessageContent>;

export const MessageAuthor = z.enum(['family', 'bot', 'staff', 'system']);
export type MessageAuthor = z.infer<typeof MessageAuthor>;

export const Message = z.object({
  id: z.string(),
  conversationId: z.string(),
  seq: z.number().int(),
  author: MessageAuthor,
  /** Display name of the staff author ("Sam, East Family Hub"), never an internal id. */
  authorName: z.string().optional(),
  clientMessageId: z.string().optional(),
  content: MessageContent,
  createdAt: z.string(),
});
export type Message = z.infer<typeof Message>;

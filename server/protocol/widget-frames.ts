import { z } from 'zod';
import { Message } from './content.js';
import { KnownLanguage } from './known-language.js';
import { FAMILY_MESSAGE_MAX_CHARS } from './limits.js';

/**
 * Frames between the family's widget and the server, tagged by `type` with `entity.verb` names.
 * The widget imports these as types only; the server validates every incoming frame.
 */

const ClientMessageId = z.string().min(8).max(64);
const LanguageTag = KnownLanguage;

export const WidgetClientFrame = z.discriminatedUnion('type', [
  /** Start a new conversation, or resume one whose id and token the device kept. */
  z.object({
    type: z.literal('conversation.resume'),
    conversationId: z.string().uuid().optional(),
    token: z.string().min(16).max(128).optional(),
    language: LanguageTag,
    /** Second language to continue in when `language` has no translation (interpreter needed). */
    fallbackLanguage: LanguageTag.optional(),
    /** Which scripted flow a new conversation starts: a family's own, or a practitioner's request for a family. */
    route: z.enum(['family', 'practitioner']).optional(),
  }),
  /** Free text: an answer to a free-text/postcode prompt, or live chat with staff. */
  z.object({ type: z.literal('message.send'), clientMessageId: ClientMessageId, text: z.string().trim().min(1).max(FAMILY_MESSAGE_MAX_CHARS) }),
  /** An answer to a choice prompt. */
  z.object({
    type: z.literal('answer.send'),
    clientMessageId: ClientMessageId,
    nodeId: z.string().min(1).max(100),
    values: z.array(z.string().min(1).max(100)).max(30),
  }),
  z.object({ type: z.literal('typing.update'), typing: z.boolean() }),
  z.object({ type: z.literal('language.change'), language: LanguageTag, fallbackLanguage: LanguageTag.optional() }),
  /** Ask to talk to someone now, from anywhere in the conversation (e.g. after a safeguarding card). */
  z.object({ type: z.literal('handoff.request'), clientMessageId: ClientMessageId }),
  z.object({
    type: z.literal('callback.request'),
    clientMessageId: ClientMessageId,
    contactMethod: z.enum(['phone', 'text', 'email']),
    contactValue: z.string().trim().min(3).max(200),
    preferredTime: z.string().trim().max(200).optional(),
    permissionToContact: z.literal(true),
  }),
  z.object({
    type: z.literal('consent.answer'),
    clientMessageId: ClientMessageId,
    consentId: z.string().uuid(),
    answer: z.enum(['yes', 'no']),
  }),
  z.object({ type: z.literal('consent.withdraw'), clientMessageId: ClientMessageId, consentId: z.string().uuid() }),
  z.object({ type: z.literal('conversation.leave') }),
]);
export type WidgetClientFrame = z.infer<typeof WidgetClientFrame>;

export const HandoffStatus = z.enum(['none', 'waiting', 'active', 'callback', 'ended']);
export type HandoffStatus = z.infer<typeof HandoffStatus>;

export const FamilyHandoffView = z.object({
  status: HandoffStatus,
  /**
   * 1-based place in the hub queue while waiting, counting only families still connected; absent
   * when no one can answer now (a place in a queue nobody is serving would mislead).
   */
  position: z.number().int().optional(),
  staffName: z.string().optional(),
  hub: z.string().optional(),
  /** True when no one can pick up now; the widget offers a callback. */
  offerCallback: z.boolean().optional(),
  /** Out of hours: when the family's hub next opens (ISO), told before anything else. */
  opensAt: z.string().optional(),
  /** When a callback was requested: the time we promised to call back by (ISO). */
  callbackDueAt: z.string().optional(),
});
export type FamilyHandoffView = z.infer<typeof FamilyHandoffView>;

export type WidgetServerFrame =
  | {
      type: 'conversation.ready';
      conversationId: string;
      token: string;
      language: string;
      fallbackLanguage?: string;
      messages: Message[];
      handoff: FamilyHandoffView;
      ended: boolean;
    }
  | { type: 'message.created'; message: Message }
  /** The server stored the family's message; resending the same clientMessageId is harmless. */
  | { type: 'message.acked'; clientMessageId: string; messageId: string; seq: number }
  | { type: 'typing.updated'; typing: boolean; name?: string }
  | { type: 'handoff.updated'; handoff: FamilyHandoffView }
  | { type: 'error'; code: ErrorCode; message: string; clientMessageId?: string };

export const ERROR_CODES = [
  'bad-frame',
  'not-ready',
  'not-found',
  'conflict',
  'forbidden',
  'unprocessable',
  'rate-limited',
  'internal',
  /** A message longer than FAMILY_MESSAGE_MAX_CHARS. */
  'too-long',
  /** This address started too many conversations recently (see docs/security.md). */
  'conversation-limit',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

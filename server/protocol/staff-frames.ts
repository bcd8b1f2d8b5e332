import { z } from 'zod';
import { ConcernSummary, Message } from './content.js';
import type { ErrorCode, FamilyHandoffView } from './widget-frames.js';
import type { AcknowledgedAlert, UrgentAlert } from './urgent-lane.js';
import { STAFF_MESSAGE_MAX_CHARS } from './limits.js';
import { LOCALITIES, SAFEGUARDING_SEVERITIES } from './vocabulary.js';

/** Frames between the staff console and the server. Every one is checked against the staff role. */

const ClientMessageId = z.string().min(8).max(64);
const QueueLocalityEnum = z.enum([...LOCALITIES, 'shared']);

export const StaffClientFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('handoff.claim'), handoffId: z.string().uuid() }),
  z.object({ type: z.literal('handoff.release'), handoffId: z.string().uuid() }),
  z.object({ type: z.literal('handoff.transfer'), handoffId: z.string().uuid(), locality: QueueLocalityEnum }),
  z.object({ type: z.literal('handoff.end'), handoffId: z.string().uuid() }),
  z.object({ type: z.literal('conversation.open'), conversationId: z.string().uuid() }),
  z.object({
    type: z.literal('message.send'),
    clientMessageId: ClientMessageId,
    conversationId: z.string().uuid(),
    text: z.string().trim().min(1).max(STAFF_MESSAGE_MAX_CHARS),
  }),
  /** A quick reply: a locale key from the quick-replies namespace, sent in the family's language. */
  z.object({
    type: z.literal('quick-reply.send'),
    clientMessageId: ClientMessageId,
    conversationId: z.string().uuid(),
    key: z.string().regex(/^quick-replies:[\w.-]+$/),
  }),
  z.object({ type: z.literal('typing.update'), conversationId: z.string().uuid(), typing: z.boolean() }),
  z.object({ type: z.literal('consent.request'), conversationId: z.string().uuid() }),
]);
export type StaffClientFrame = z.infer<typeof StaffClientFrame>;

export const QueueEntry = z.object({
  handoffId: z.string(),
  conversationId: z.string(),
  locality: QueueLocalityEnum,
  status: z.enum(['waiting', 'active']),
  urgent: z.boolean(),
  urgentReason: z.enum(SAFEGUARDING_SEVERITIES).optional(),
  requestedAt: z.string(),
  claimedBy: z.string().optional(),
  claimedByName: z.string().optional(),
  language: z.string(),
  interpreterNeeded: z.string().optional(),
  familyOnline: z.boolean(),
  needs: z.array(z.string()),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

export const ConversationDetail = z.object({
  conversationId: z.string(),
  language: z.string(),
  interpreterNeeded: z.string().optional(),
  summary: ConcernSummary,
  urgent: z.boolean(),
  urgentReason: z.string().optional(),
  safeguarding: z.array(
    z.object({
      severity: z.string(),
      phrase: z.string(),
      at: z.string(),
      category: z.string().nullable().optional(),
      messageId: z.string().nullable().optional(),
      start: z.number().int().nullable().optional(),
      end: z.number().int().nullable().optional(),
    }),
  ),
  /** The open urgent-lane alert, if any. */
  alertId: z.string().optional(),
  familyOnline: z.boolean(),
  messages: z.array(Message),
  handoff: z.object({ id: z.string(), status: z.string(), locality: z.string(), claimedBy: z.string().optional() }).optional(),
  consent: z.object({ id: z.string(), answer: z.string().optional(), withdrawn: z.boolean() }).optional(),
  enquiryId: z.string().optional(),
});
export type ConversationDetail = z.infer<typeof ConversationDetail>;

export type PresenceByHub = Record<string, { id: string; name: string }[]>;

export type StaffServerFrame =
  | { type: 'queue.snapshot'; entries: QueueEntry[]; presence: PresenceByHub }
  | { type: 'queue.updated'; entry: QueueEntry }
  | { type: 'queue.removed'; handoffId: string }
  | { type: 'presence.updated'; presence: PresenceByHub }
  | { type: 'handoff.claimed'; handoffId: string; by: string; byName: string }
  | { type: 'conversation.detail'; detail: ConversationDetail }
  | { type: 'message.created'; message: Message }
  | { type: 'message.acked'; clientMessageId: string; messageId: string }
  | { type: 'typing.updated'; conversationId: string; typing: boolean }
  | { type: 'family.presence'; conversationId: string; online: boolean }
  | { type: 'safeguarding.alert'; conversationId: string; severity: string; phrase: string }
  | { type: 'family.handoff'; conversationId: string; handoff: FamilyHandoffView }
  | { type: 'urgent.snapshot'; alerts: UrgentAlert[] }
  | { type: 'urgent.raised'; alert: UrgentAlert }
  | { type: 'urgent.acknowledged'; acknowledged: AcknowledgedAlert }
  | { type: 'error'; code: ErrorCode; message: string; clientMessageId?: string };

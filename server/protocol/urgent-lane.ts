import { z } from 'zod';
import { ACTIONS_NEEDING_REASON, ALERT_ACTIONS, type AlertAction, type QueueLocality } from './vocabulary.js';

/**
 * The urgent lane: one open safeguarding alert per flagged conversation, shown above every hub's
 * queue until a person acknowledges it and records what they did.
 */


export const AcknowledgeAlertBody = z
  .object({
    action: z.enum(ALERT_ACTIONS),
    reason: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((body) => !ACTIONS_NEEDING_REASON.includes(body.action) || (body.reason?.length ?? 0) >= 3, {
    path: ['reason'],
    message: 'Say why (at least 3 characters) for a false alarm or another action.',
  });
export type AcknowledgeAlertBody = z.infer<typeof AcknowledgeAlertBody>;

/** The family's words that raised the alert, with the matched span as UTF-16 offsets into `text`. */
export interface TriggerWords {
  text: string;
  start: number;
  end: number;
}

export interface UrgentAlert {
  id: string;
  conversationId: string;
  locality: QueueLocality;
  /** Route card id (SAFEGUARDING_SEVERITIES). */
  severity: string;
  /** Category id (SAFEGUARDING_CATEGORIES) when the detector gave one. */
  category: string | null;
  /** 'words' when typed text matched, 'choice' when the family picked a danger option. */
  source: 'words' | 'choice';
  words: TriggerWords | null;
  language: string;
  raisedAt: string;
  lastTriggerAt: string;
  triggerCount: number;
  outOfHours: boolean;
  /** Whether the family also asked to talk to someone (a queue entry exists). */
  handoffRequested: boolean;
}

export interface AcknowledgedAlert {
  alertId: string;
  conversationId: string;
  action: AlertAction;
  by: string;
  byName: string;
  at: string;
}

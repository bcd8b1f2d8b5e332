import { z } from 'zod';

/** Bodies of the staff HTTP API. */

export const LoginBody = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });
export type LoginBody = z.infer<typeof LoginBody>;

export const CallbackDoneBody = z.object({ outcome: z.string().trim().min(1, 'Say what happened.').max(2000) });
export type CallbackDoneBody = z.infer<typeof CallbackDoneBody>;

/** One of the signed-in person's sessions, for "your sessions" in the console. */
export interface StaffSessionView {
  /** A handle for ending it; not the session's secret. */
  id: string;
  createdAt: string;
  lastSeenAt: string;
  /** "Firefox on Windows". */
  userAgent: string;
  current: boolean;
}

export interface CallbackView {
  id: string;
  conversationId: string;
  locality: string;
  contactMethod: string;
  contactValue: string;
  preferredTime: string | null;
  requestedAt: string;
  dueAt: string;
  status: 'open' | 'done';
  outcome: string | null;
}

/**
 * One safeguarding trigger (one family message or choice, however many rules matched it) and what
 * followed it, for safeguarding leads.
 */
export interface SafeguardingReportRow {
  at: string;
  conversationId: string;
  /** The most urgent route card the message raised. */
  severity: string;
  /** Category ids of everything that matched, once each. */
  categories: string[];
  /** Language of the phrase list that matched, and the family's chosen language. */
  phraseLanguage: string;
  conversationLanguage: string;
  /** 'words' for typed text, 'choice' for a danger option picked in the flow. */
  source: 'words' | 'choice';
  /** The family's own words with the matched span, for typed text. */
  words: { text: string; start: number; end: number } | null;
  nodeId: string | null;
  outOfHours: boolean;
  /** What followed: when staff were asked, who picked up and how long after the trigger. */
  handoffRequestedAt: string | null;
  pickedUpBy: string | null;
  minutesToPickUp: number | null;
  callbackRequested: boolean;
  enquiryReference: string | null;
  /** The urgent-lane alert this trigger opened or updated, and how a person acknowledged it. */
  opensAlert: boolean;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  action: string | null;
  reason: string | null;
  /** For the trigger that opened the alert: seconds from it to a person's acknowledgement. */
  secondsToAcknowledge: number | null;
}

/** The report: each trigger once, and the product measure over the alerts raised in the range. */
export interface SafeguardingReport {
  triggers: SafeguardingReportRow[];
  alertsRaised: number;
  alertsAcknowledged: number;
  /** Median seconds from trigger to acknowledgement over acknowledged alerts; null if none. */
  medianSecondsToAcknowledge: number | null;
}

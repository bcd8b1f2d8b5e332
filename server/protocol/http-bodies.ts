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

/** One safeguarding trigger and what followed it, for safeguarding leads. */
export interface SafeguardingReportRow {
  at: string;
  conversationId: string;
  severity: string;
  /** Language of the phrase list that matched, and the family's chosen language. */
  phraseLanguage: string;
  conversationLanguage: string;
  phrase: string;
  nodeId: string | null;
  outOfHours: boolean;
  /** What followed: when staff were asked, who picked up and how long after the trigger. */
  handoffRequestedAt: string | null;
  pickedUpBy: string | null;
  minutesToPickUp: number | null;
  callbackRequested: boolean;
  enquiryReference: string | null;
}

import type { Locality } from '../protocol/index.js';

/**
 * The plain records the scorecard is computed from, one array per kind. The loader builds them
 * from the store; tests and the bench write them as literals. Fields marked "optional: #NN" come
 * from work landing separately: while no record carries one, its measure reports "not recorded"
 * rather than a zero that would look like a real result.
 */

/** A hub, or `unknown` while the family has not said where they live. */
export type HubKey = Locality | 'unknown';

export const CHANNELS = ['chat', 'phone', 'face-to-face', 'practitioner-request'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Every first contact: a conversation, a phone or face-to-face contact, a practitioner request. */
export interface ContactRecord {
  id: string;
  channel: Channel;
  /** When the family (or practitioner) was first in touch: ISO instant. */
  at: string;
  hub: HubKey;
  /** Who is asking (`parent-carer`, `young-person`, …); null when not said. */
  who: string | null;
  needs: readonly string[];
  language: string;
  /** The language an interpreter is needed for, when one is. */
  interpreterLanguage: string | null;
  /** Getting Advice resource cards were shown. */
  resourcesShown: boolean;
  /** An Early Help enquiry was opened from this contact. */
  hasEnquiry: boolean;
  /** When the contact's outcome was decided (see docs/scorecard.md, 3.2a); null while open. */
  completedAt: string | null;
  /** optional: #15, resource link click-throughs from this contact. */
  clickThroughs?: number;
  /** optional: #13, the family's feedback rating 1 (poor) to 5 (very good); null when not given. */
  feedbackRating?: number | null;
  /** optional: #12, the agency of the practitioner asking (school, health, police, …). */
  referrerAgency?: string | null;
}

export interface EnquiryRecord {
  id: string;
  hub: HubKey;
  status: 'new' | 'triaged' | 'advice-given' | 'allocated' | 'closed';
  contactAt: string;
  createdAt: string;
  triagedAt: string | null;
  allocatedAt: string | null;
  closedAt: string | null;
  /** optional: #12, a key identifying the family across enquiries (re-referrals). */
  familyKey?: string | null;
  /** optional: #12, the Continuum of Need level at triage. */
  levelOfNeed?: string | null;
  /** optional: #12, a step up to or down from statutory services. */
  step?: 'up' | 'down' | null;
}

/** A family waiting for a person in the live chat. */
export interface HandoffRecord {
  hub: HubKey;
  requestedAt: string;
  claimedAt: string | null;
  endedAt: string | null;
  /** The first message a member of staff sent after the request. */
  firstStaffReplyAt: string | null;
}

export interface CallbackRecord {
  hub: HubKey;
  requestedAt: string;
  dueAt: string;
  doneAt: string | null;
}

export interface TriggerRecord {
  hub: HubKey;
  at: string;
  category: string | null;
}

export interface AlertRecord {
  hub: HubKey;
  raisedAt: string;
  acknowledgedAt: string | null;
}

export interface MeasureRecords {
  /** The channels the loader reads: a channel it does not read yet is "not recorded", not zero. */
  channels: readonly Channel[];
  contacts: readonly ContactRecord[];
  enquiries: readonly EnquiryRecord[];
  handoffs: readonly HandoffRecord[];
  callbacks: readonly CallbackRecord[];
  triggers: readonly TriggerRecord[];
  alerts: readonly AlertRecord[];
}

import { CHANNELS, type Channel, type ContactRecord } from './measure-records.js';
import { isRecorded, ratio, round, tally, type Ratio } from './measure-stats.js';

/** How much we do, and who for: every first contact, however it came. */
export interface ContactMeasures {
  /** Every conversation, phone or face-to-face contact and practitioner request first made in the range. */
  total: number;
  /** Contacts by channel; null for a channel not recorded yet. */
  byChannel: Record<Channel, number | null>;
  /** Who is asking, as they said it (`not-said` when they did not). */
  byWho: Record<string, number>;
  /** Contacts needing an interpreter, by the language needed. */
  interpreterByLanguage: Record<string, number>;
  gettingAdvice: {
    /** Contacts shown Getting Advice resources (also 3.4, use of the Families Information Service). */
    resourcesShown: number;
    /** Contacts that ended without an Early Help enquiry: help given at the front door. */
    withoutEnquiry: number;
    /** Resource link click-throughs; null: not recorded. */
    clickThroughs: number | null;
  };
  /** 4.2 Breadth of practitioners: contacts from helpers, and distinct agencies (null: not recorded). */
  practitioners: { helperContacts: number; agencies: number | null };
  /** Family feedback: ratings given and the share rating 4 or 5 of 5; null: not recorded. */
  feedback: { responses: number; meanRating: number | null; positive: Ratio } | null;
}

export function contactMeasures(contacts: readonly ContactRecord[], channels: readonly Channel[]): ContactMeasures {
  const counts = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  let resourcesShown = 0;
  let withoutEnquiry = 0;
  let helperContacts = 0;
  for (const c of contacts) {
    counts[c.channel]++;
    if (c.resourcesShown) resourcesShown++;
    if (!c.hasEnquiry) withoutEnquiry++;
    if (c.who === 'helper' || c.channel === 'practitioner-request') helperContacts++;
  }
  return {
    total: contacts.length,
    byChannel: Object.fromEntries(CHANNELS.map((c) => [c, channels.includes(c) ? counts[c] : null])) as Record<Channel, number | null>,
    byWho: tally(contacts.map((c) => c.who ?? 'not-said')),
    interpreterByLanguage: tally(contacts.flatMap((c) => (c.interpreterLanguage ? [c.interpreterLanguage] : []))),
    gettingAdvice: {
      resourcesShown,
      withoutEnquiry,
      clickThroughs: isRecorded(contacts, 'clickThroughs') ? contacts.reduce((sum, c) => sum + (c.clickThroughs ?? 0), 0) : null,
    },
    practitioners: {
      helperContacts,
      agencies: isRecorded(contacts, 'referrerAgency') ? new Set(contacts.flatMap((c) => (c.referrerAgency ? [c.referrerAgency] : []))).size : null,
    },
    feedback: isRecorded(contacts, 'feedbackRating') ? feedback(contacts) : null,
  };
}

function feedback(contacts: readonly ContactRecord[]): NonNullable<ContactMeasures['feedback']> {
  const ratings = contacts.flatMap((c) => (typeof c.feedbackRating === 'number' ? [c.feedbackRating] : []));
  const sum = ratings.reduce((a, b) => a + b, 0);
  return {
    responses: ratings.length,
    meanRating: ratings.length ? round(sum / ratings.length) : null,
    positive: ratio(ratings.filter((r) => r >= 4).length, ratings.length),
  };
}

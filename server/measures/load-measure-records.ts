import { and, asc, eq, gte, lt, notInArray, type SQL } from 'drizzle-orm';
import type { HubsConfig } from '../config/index.js';
import type { Tx } from '../db/index.js';
import { PRACTITIONER_FLOW_ID } from '../conversations/index.js';
import { callbacks, conversations, enquiries, enquiryLevelChanges, handoffs, messages, safeguardingAlerts, safeguardingTriggers } from '../db/tables.js';
import { localDayRange } from '../enquiries/local-day-range.js';
import { ConcernSummary, LOCALITIES, type Locality } from '../protocol/index.js';
import type { CallbackRecord, ContactRecord, EnquiryRecord, HandoffRecord, HubKey, MeasureRecords } from './measure-records.js';

/**
 * The scorecard's records: contacts first made between two local dates (inclusive) in the given
 * hubs, and what followed each of them (enquiries, live chat, callbacks, safeguarding) whenever it
 * happened. Every query joins on the cohort of conversations, so none carries a list of ids.
 * Reads only the columns measures use; a month of a busy district is a few thousand rows each.
 */
export async function loadMeasureRecords(
  tx: Tx,
  query: { from: string; to: string; hub: HubKey | 'all' },
  config: HubsConfig,
): Promise<MeasureRecords> {
  const { start, end } = localDayRange(query, config.timezone);
  const cohort = and(gte(conversations.createdAt, start), lt(conversations.createdAt, end), hubCondition(query.hub));
  const hubOf = (locality: string): HubKey => ((LOCALITIES as readonly string[]).includes(locality) ? (locality as Locality) : 'unknown');

  const [chats, enquiryRows, levelRows, handoffRows, staffMessages, botMessages, callbackRows, triggerRows, alertRows] = await Promise.all([
    tx
      .select({
        id: conversations.id,
        flowId: conversations.flowId,
        at: conversations.createdAt,
        locality: conversations.locality,
        language: conversations.language,
        interpreter: conversations.interpreterNeeded,
        summary: conversations.summary,
        endedAt: conversations.endedAt,
        lastSeenAt: conversations.lastSeenAt,
      })
      .from(conversations)
      .where(cohort),
    tx
      .select({ enquiry: enquiries, locality: conversations.locality })
      .from(enquiries)
      .innerJoin(conversations, eq(conversations.id, enquiries.conversationId))
      .where(cohort),
    tx
      .select({ enquiryId: enquiryLevelChanges.enquiryId, direction: enquiryLevelChanges.direction })
      .from(enquiryLevelChanges)
      .innerJoin(enquiries, eq(enquiries.id, enquiryLevelChanges.enquiryId))
      .innerJoin(conversations, eq(conversations.id, enquiries.conversationId))
      .where(cohort)
      .orderBy(asc(enquiryLevelChanges.at)),
    tx
      .select({ handoff: handoffs, locality: conversations.locality })
      .from(handoffs)
      .innerJoin(conversations, eq(conversations.id, handoffs.conversationId))
      .where(cohort),
    tx
      .select({ conversationId: messages.conversationId, at: messages.createdAt })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(and(cohort, eq(messages.author, 'staff'))),
    tx
      .select({ conversationId: messages.conversationId, content: messages.content })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(and(cohort, eq(messages.author, 'bot'))),
    tx
      .select({ callback: callbacks, locality: conversations.locality })
      .from(callbacks)
      .innerJoin(conversations, eq(conversations.id, callbacks.conversationId))
      .where(cohort),
    tx
      .select({ at: safeguardingTriggers.at, category: safeguardingTriggers.category, locality: conversations.locality })
      .from(safeguardingTriggers)
      .innerJoin(conversations, eq(conversations.id, safeguardingTriggers.conversationId))
      .where(cohort),
    tx
      .select({ raisedAt: safeguardingAlerts.raisedAt, acknowledgedAt: safeguardingAlerts.acknowledgedAt, locality: conversations.locality })
      .from(safeguardingAlerts)
      .innerJoin(conversations, eq(conversations.id, safeguardingAlerts.conversationId))
      .where(cohort),
  ]);

  const withResources = new Set(botMessages.flatMap((m) => ((m.content as { kind?: string }).kind === 'resources' ? [m.conversationId] : [])));
  const staffTimes = groupTimes(staffMessages);
  const enquiryOf = new Map(enquiryRows.map((r) => [r.enquiry.conversationId, r.enquiry]));
  // An enquiry's step is its latest step up or down (a level set at triage is not a step).
  const stepOf = new Map<string, 'up' | 'down'>();
  for (const { enquiryId, direction } of levelRows) if (direction !== 'set') stepOf.set(enquiryId, direction === 'step-up' ? 'up' : 'down');
  const callbacksOf = new Map(callbackRows.map((r) => [r.callback.conversationId, r.callback]));
  // A conversation's live chat is over when every handoff in it has ended: at the last end.
  const lastHandoffEnd = new Map<string, string | null>();
  for (const { handoff } of handoffRows) {
    const seen = lastHandoffEnd.get(handoff.conversationId);
    const ended = seen === null || handoff.endedAt === null ? null : seen && seen > handoff.endedAt ? seen : handoff.endedAt;
    lastHandoffEnd.set(handoff.conversationId, ended);
  }

  const contacts: ContactRecord[] = chats.map((c) => {
    const summary = ConcernSummary.safeParse(c.summary);
    const enquiry = enquiryOf.get(c.id);
    return {
      id: c.id,
      // A practitioner's request comes through the widget too, on its own flow.
      channel: c.flowId === PRACTITIONER_FLOW_ID ? 'practitioner-request' : 'chat',
      at: c.at,
      hub: hubOf(c.locality),
      who: summary.success ? (summary.data.who ?? null) : null,
      needs: summary.success ? summary.data.needs : [],
      language: c.language,
      interpreterLanguage: c.interpreter,
      resourcesShown: withResources.has(c.id),
      hasEnquiry: enquiry !== undefined,
      completedAt: completedAt(enquiry, callbacksOf.get(c.id), lastHandoffEnd.get(c.id), c.endedAt ?? c.lastSeenAt ?? c.at),
      referrerAgency: enquiry?.referrerAgency ?? null,
    };
  });
  const enquiryRecords: EnquiryRecord[] = enquiryRows.map(({ enquiry: e, locality }) => ({
    id: e.id,
    hub: hubOf(locality),
    status: e.status,
    contactAt: e.contactAt,
    createdAt: e.createdAt,
    triagedAt: e.triagedAt,
    allocatedAt: e.allocatedAt,
    closedAt: e.closedAt,
    levelOfNeed: e.levelOfNeed,
    step: stepOf.get(e.id) ?? null,
  }));
  const handoffRecords: HandoffRecord[] = handoffRows.map(({ handoff: h, locality }) => ({
    hub: hubOf(locality),
    requestedAt: h.requestedAt,
    claimedAt: h.claimedAt,
    endedAt: h.endedAt,
    firstStaffReplyAt: (staffTimes.get(h.conversationId) ?? []).find((at) => at >= h.requestedAt && (!h.endedAt || at <= h.endedAt)) ?? null,
  }));
  const callbackRecords: CallbackRecord[] = callbackRows.map(({ callback: c, locality }) => ({
    hub: hubOf(locality),
    requestedAt: c.requestedAt,
    dueAt: c.dueAt,
    doneAt: c.doneAt,
  }));
  return {
    channels: ['chat', 'practitioner-request'],
    contacts,
    enquiries: enquiryRecords,
    handoffs: handoffRecords,
    callbacks: callbackRecords,
    triggers: triggerRows.map((t) => ({ hub: hubOf(t.locality), at: t.at, category: t.category })),
    alerts: alertRows.map((a) => ({ hub: hubOf(a.locality), raisedAt: a.raisedAt, acknowledgedAt: a.acknowledgedAt })),
  };
}

function hubCondition(hub: HubKey | 'all'): SQL | undefined {
  if (hub === 'all') return undefined;
  if (hub === 'unknown') return notInArray(conversations.locality, [...LOCALITIES]);
  return eq(conversations.locality, hub);
}

/**
 * When a contact's outcome was decided (3.2a): with an enquiry, when it was triaged; else, with a
 * callback, when it was done; else when the live chat ended. A family who never asked for a person
 * was answered by the front door itself (Getting Advice): at the conversation's last activity.
 * Null while open.
 */
function completedAt(
  enquiry: { triagedAt: string | null } | undefined,
  callback: { doneAt: string | null } | undefined,
  handoffEnd: string | null | undefined,
  lastActivity: string,
): string | null {
  if (enquiry) return enquiry.triagedAt;
  if (callback) return callback.doneAt;
  if (handoffEnd !== undefined) return handoffEnd;
  return lastActivity;
}

function groupTimes(rows: readonly { conversationId: string; at: string }[]): Map<string, string[]> {
  const times = new Map<string, string[]>();
  for (const { conversationId, at } of rows) times.set(conversationId, [...(times.get(conversationId) ?? []), at]);
  for (const list of times.values()) list.sort();
  return times;
}

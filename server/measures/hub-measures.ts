import { appendixAMeasures, type AppendixAMeasures } from './appendix-a-measures.js';
import { contactMeasures, type ContactMeasures } from './contact-measures.js';
import { liveChatMeasures, type LiveChatMeasures } from './live-chat-measures.js';
import type { HubKey, MeasureRecords } from './measure-records.js';
import { safeguardingMeasures, type SafeguardingMeasures } from './safeguarding-measures.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';

/** Every measure for one set of records (one hub's, or all of them). */
export interface HubMeasures {
  contacts: ContactMeasures;
  appendixA: AppendixAMeasures;
  liveChat: LiveChatMeasures;
  safeguarding: SafeguardingMeasures;
}

export function hubMeasures(records: MeasureRecords, calendar: WorkingDayCalendar, now: string): HubMeasures {
  return {
    contacts: contactMeasures(records.contacts, records.channels),
    appendixA: appendixAMeasures(records.contacts, records.enquiries, calendar, calendar.localDate(now)),
    liveChat: liveChatMeasures(records.handoffs, records.callbacks, now),
    safeguarding: safeguardingMeasures(records.triggers, records.alerts),
  };
}

/** The records of one hub. */
export function recordsOfHub(records: MeasureRecords, hub: HubKey): MeasureRecords {
  const mine = <T extends { hub: HubKey }>(list: readonly T[]) => list.filter((r) => r.hub === hub);
  return {
    channels: records.channels,
    contacts: mine(records.contacts),
    enquiries: mine(records.enquiries),
    handoffs: mine(records.handoffs),
    callbacks: mine(records.callbacks),
    triggers: mine(records.triggers),
    alerts: mine(records.alerts),
  };
}

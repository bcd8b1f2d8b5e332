import type { ContactRecord, EnquiryRecord } from './measure-records.js';
import { isRecorded, ratio, stats, tally, type Ratio, type Stats } from './measure-stats.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';

/**
 * The process measures of Bradford's Early Help strategy 2020-22, Appendix A. Working days come
 * from the hubs' calendar (weekends, bank holidays, configured closed days). A case whose time
 * limit has not yet run out and that is not done yet is left out: it is neither met nor missed.
 * `today` is the local date the figures are computed on (the clock is passed in).
 */
export interface AppendixAMeasures {
  /** 3.1a Working days from triage to allocation, over enquiries allocated. */
  triageToAllocationWorkingDays: Stats;
  /** 3.2a Contacts completed (outcome decided) within 1 working day of first contact. */
  contactsCompletedIn1WorkingDay: Ratio;
  /** 3.2b Triage assessments completed within 4 working days of the enquiry being opened. */
  triageIn4WorkingDays: Ratio;
  /** 3.2c Allocations completed within 6 working days of triage. */
  allocationIn6WorkingDays: Ratio;
  /** 2.4-2.6 Enquiries for a family whose previous enquiry closed in the 12 months before; null: not recorded. */
  reReferralsWithin12Months: Ratio | null;
  /** Level of need at triage (Continuum of Need); null: not recorded. */
  levelOfNeed: Record<string, number> | null;
  /** Steps up to and down from statutory services; null: not recorded. */
  steps: { up: number; down: number } | null;
}

const YEAR_MS = 365 * 86_400_000;

export function appendixAMeasures(
  contacts: readonly ContactRecord[],
  enquiries: readonly EnquiryRecord[],
  calendar: WorkingDayCalendar,
  today: string,
): AppendixAMeasures {
  const days = (from: string, to: string) => calendar.workingDaysBetween(calendar.localDate(from), calendar.localDate(to));
  const daysSince = (from: string) => calendar.workingDaysBetween(calendar.localDate(from), today);
  return {
    triageToAllocationWorkingDays: stats(enquiries.flatMap((e) => (e.triagedAt && e.allocatedAt ? [days(e.triagedAt, e.allocatedAt)] : []))),
    contactsCompletedIn1WorkingDay: withinLimit(contacts, 1, (c) => [c.at, c.completedAt, true], days, daysSince),
    triageIn4WorkingDays: withinLimit(enquiries, 4, (e) => [e.createdAt, e.triagedAt, e.status === 'new'], days, daysSince),
    allocationIn6WorkingDays: withinLimit(
      enquiries.filter((e) => e.triagedAt),
      6,
      (e) => [e.triagedAt!, e.allocatedAt, e.status === 'triaged'],
      days,
      daysSince,
    ),
    reReferralsWithin12Months: isRecorded(enquiries, 'familyKey') ? reReferrals(enquiries) : null,
    levelOfNeed: isRecorded(enquiries, 'levelOfNeed') ? tally(enquiries.flatMap((e) => (e.levelOfNeed ? [e.levelOfNeed] : []))) : null,
    steps: isRecorded(enquiries, 'step')
      ? { up: enquiries.filter((e) => e.step === 'up').length, down: enquiries.filter((e) => e.step === 'down').length }
      : null,
  };
}

/**
 * Met: done within `limit` working days of the start. Missed: done later, or still waiting
 * (`waiting`) with the limit already passed. Cases that left the path (closed before this step)
 * and cases still inside their limit are in neither.
 */
function withinLimit<T>(
  records: readonly T[],
  limit: number,
  span: (record: T) => [start: string, done: string | null, waiting: boolean],
  days: (from: string, to: string) => number,
  daysSince: (from: string) => number,
): Ratio {
  let met = 0;
  let of = 0;
  for (const record of records) {
    const [start, done, waiting] = span(record);
    if (done) {
      of++;
      if (days(start, done) <= limit) met++;
    } else if (waiting && daysSince(start) > limit) of++;
  }
  return ratio(met, of);
}

/** An enquiry is a re-referral when the same family had another enquiry closed in the 365 days before it opened. */
function reReferrals(enquiries: readonly EnquiryRecord[]): Ratio {
  const closedByFamily = new Map<string, number[]>();
  for (const e of enquiries) {
    if (e.familyKey && e.closedAt) closedByFamily.set(e.familyKey, [...(closedByFamily.get(e.familyKey) ?? []), Date.parse(e.closedAt)]);
  }
  const keyed = enquiries.filter((e) => e.familyKey);
  const again = keyed.filter((e) => {
    const opened = Date.parse(e.createdAt);
    return (closedByFamily.get(e.familyKey!) ?? []).some((closed) => closed <= opened && opened - closed <= YEAR_MS);
  });
  return ratio(again.length, keyed.length);
}

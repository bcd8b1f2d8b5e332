import type { HubMeasures } from './hub-measures.js';
import { HEADLINE_MEASURES, ragFor, type HeadlineMeasure, type Rag, type Target } from './scorecard-targets.js';

export interface Headline {
  measure: HeadlineMeasure;
  value: number | null;
  unit: 'count' | 'percent' | 'working-days' | 'minutes';
  target: number | null;
  better: 'higher' | 'lower' | null;
  rag: Rag;
}

/** Where each headline reads its figure from: medians for durations, so one long case does not hide the rest. */
const READ: Record<HeadlineMeasure, [Headline['unit'], (m: HubMeasures) => number | null]> = {
  contacts: ['count', (m) => m.contacts.total],
  contactsCompletedIn1WorkingDay: ['percent', (m) => m.appendixA.contactsCompletedIn1WorkingDay.percent],
  triageIn4WorkingDays: ['percent', (m) => m.appendixA.triageIn4WorkingDays.percent],
  allocationIn6WorkingDays: ['percent', (m) => m.appendixA.allocationIn6WorkingDays.percent],
  triageToAllocationWorkingDays: ['working-days', (m) => m.appendixA.triageToAllocationWorkingDays.median],
  callbacksOnTime: ['percent', (m) => m.liveChat.callbacksOnTime.percent],
  chatAbandoned: ['percent', (m) => m.liveChat.abandoned.percent],
  minutesToAcknowledge: ['minutes', (m) => m.safeguarding.minutesToAcknowledge.median],
  reReferralsWithin12Months: ['percent', (m) => m.appendixA.reReferralsWithin12Months?.percent ?? null],
};

export function headlines(total: HubMeasures, targets: readonly Target[]): Headline[] {
  return HEADLINE_MEASURES.map((measure) => {
    const [unit, read] = READ[measure];
    const target = targets.find((t) => t.measure === measure);
    const value = read(total);
    return { measure, value, unit, target: target?.target ?? null, better: target?.better ?? null, rag: ragFor(value, target) };
  });
}

import type { AlertRecord, TriggerRecord } from './measure-records.js';
import { minutesBetween, stats, tally, type Stats } from './measure-stats.js';

/** Danger signalled, and how fast a person responded. */
export interface SafeguardingMeasures {
  /** Every stored trigger (a message or choice matching a safeguarding rule). */
  triggers: number;
  /** Triggers by category (`uncategorised` for choices that carry none). */
  byCategory: Record<string, number>;
  /** Alerts raised: one per flagged conversation until a person acknowledges it. */
  alertsRaised: number;
  /** Minutes from an alert being raised to a person acknowledging it, over alerts acknowledged. */
  minutesToAcknowledge: Stats;
}

export function safeguardingMeasures(triggers: readonly TriggerRecord[], alerts: readonly AlertRecord[]): SafeguardingMeasures {
  return {
    triggers: triggers.length,
    byCategory: tally(triggers.map((t) => t.category ?? 'uncategorised')),
    alertsRaised: alerts.length,
    minutesToAcknowledge: stats(alerts.flatMap((a) => (a.acknowledgedAt ? [minutesBetween(a.raisedAt, a.acknowledgedAt)] : []))),
  };
}

import type { CallbackRecord, HandoffRecord } from './measure-records.js';
import { minutesBetween, ratio, stats, type Ratio, type Stats } from './measure-stats.js';

/** How well the live chat answers families. Durations in minutes. */
export interface LiveChatMeasures {
  /** Requests to talk to a person. */
  requests: number;
  /** Request to a member of staff picking the family up, over requests picked up. */
  waitingMinutes: Stats;
  /** Request to the first message a member of staff sent, over requests answered. */
  firstStaffReplyMinutes: Stats;
  /** Requests that ended without anyone picking them up (the family left or became a callback), over requests ended. */
  abandoned: Ratio;
  /** Callbacks whose promised time has come, and those done by it. */
  callbacksOnTime: Ratio;
  /** Callbacks not done yet and already past their promised time. */
  callbacksOverdue: number;
}

export function liveChatMeasures(handoffs: readonly HandoffRecord[], callbacks: readonly CallbackRecord[], now: string): LiveChatMeasures {
  const ended = handoffs.filter((h) => h.endedAt);
  const due = callbacks.filter((c) => c.doneAt || c.dueAt <= now);
  return {
    requests: handoffs.length,
    waitingMinutes: stats(handoffs.flatMap((h) => (h.claimedAt ? [minutesBetween(h.requestedAt, h.claimedAt)] : []))),
    firstStaffReplyMinutes: stats(handoffs.flatMap((h) => (h.firstStaffReplyAt ? [minutesBetween(h.requestedAt, h.firstStaffReplyAt)] : []))),
    abandoned: ratio(ended.filter((h) => !h.claimedAt).length, ended.length),
    callbacksOnTime: ratio(due.filter((c) => c.doneAt && c.doneAt <= c.dueAt).length, due.length),
    callbacksOverdue: callbacks.filter((c) => !c.doneAt && c.dueAt <= now).length,
  };
}

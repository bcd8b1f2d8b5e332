import { describe, expect, it } from 'vitest';
import { LiveProcesses } from '../security/live-processes.js';
import { TokenBuckets } from '../security/token-bucket.js';
import { ClientBudgets } from './client-budgets.js';
import { defaultSocketLimits } from './socket-limits.js';

/** How many one-byte frames an address gets through before its frame budget refuses, at a standing clock. */
function framesAdmitted(budgets: ClientBudgets): number {
  let admitted = 0;
  while (budgets.takeFrame('192.0.2.7', 1)) admitted++;
  return admitted;
}

describe('per-address budgets shared by several server processes', () => {
  const limits = { ...defaultSocketLimits(), ipFrames: { burst: 40, perSecond: 1 }, conversationsPerIp: 5 };
  const standingClock = () => 0;

  it('alone, a process gives an address the whole budget', () => {
    expect(framesAdmitted(new ClientBudgets(limits, standingClock))).toBe(40);
  });

  it('with two processes alive, each gives an address half, so the total stays the same', () => {
    const processes = new LiveProcesses();
    processes.setOthers(1);
    expect(framesAdmitted(new ClientBudgets(limits, standingClock, processes))).toBe(20);

    const budgets = new ClientBudgets(limits, standingClock, processes);
    const started = Array.from({ length: 5 }, () => budgets.takeConversation('192.0.2.7')).filter(Boolean).length;
    expect(started).toBe(2);
  });

  it('never locks an address out, however many processes there are', () => {
    const processes = new LiveProcesses();
    processes.setOthers(99);
    const budgets = new ClientBudgets(limits, standingClock, processes);
    expect(budgets.takeConversation('192.0.2.7')).toBe(true);
    expect(budgets.takeFrame('192.0.2.7', 1)).toBe(true);
  });

  it('anonymous HTTP requests cost one token per live process', () => {
    const buckets = new TokenBuckets(10, 1);
    let allowed = 0;
    while (buckets.take('192.0.2.7', 0, 2) === 0) allowed++;
    expect(allowed).toBe(5);
    expect(buckets.take('192.0.2.7', 0, 2)).toBe(2);
  });
});

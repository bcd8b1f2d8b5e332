import type { HubsConfig } from '../server/config/index.js';
import { computeScorecard, HUB_KEYS, type MeasureRecords } from '../server/measures/index.js';
import { LOCALITIES, NEEDS, ASKERS } from '../server/protocol/index.js';

/**
 * A year of scorecard for 50,000 contacts (goal: under 1 s), against sorting their timestamps
 * (the least any report over them costs), both timed in this run. Records are made up by a fixed
 * seed so every run computes the same year.
 */
export function reportScorecardYear(config: HubsConfig): void {
  const records = yearOfRecords(50_000);
  const options = { from: '2025-04-01', to: '2026-03-31', interval: 'week' as const, hubs: HUB_KEYS, now: '2026-04-15T12:00:00Z', config, targets: [] };
  const baseline = median(5, () => [...records.contacts].map((c) => c.at).sort());
  const scorecard = median(5, () => computeScorecard(records, options));
  console.log('\nScorecard: a year of measures for 50,000 contacts (10,000 enquiries, 20,000 live chats, 5,000 callbacks), every hub and weekly');
  console.log(`  baseline  sort 50,000 contact timestamps: ${baseline.toFixed(1)} ms`);
  console.log(`  computeScorecard: ${scorecard.toFixed(1)} ms (median of 5) — ${(scorecard / baseline).toFixed(1)}× the baseline; goal < 1,000 ms`);
}

function median(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

function yearOfRecords(count: number): MeasureRecords {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const start = Date.parse('2025-04-01T00:00:00Z');
  const iso = (ms: number) => new Date(ms).toISOString();
  const hours = (n: number) => n * 3_600_000;
  const hubs = [...LOCALITIES, 'unknown'] as const;
  const records: MeasureRecords & { [K in keyof MeasureRecords]: MeasureRecords[K] extends readonly (infer T)[] ? T[] : MeasureRecords[K] } = {
    channels: ['chat'],
    contacts: [],
    enquiries: [],
    handoffs: [],
    callbacks: [],
    triggers: [],
    alerts: [],
  };
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor(random() * 365 * 86_400_000);
    const hub = pick(hubs);
    const enquiry = i % 5 === 0;
    records.contacts.push({
      id: `c${i}`,
      channel: 'chat',
      at: iso(at),
      hub,
      who: pick(ASKERS),
      needs: [pick(NEEDS), pick(NEEDS)],
      language: pick(['en', 'ur', 'pl', 'bn', 'pa-Arab']),
      interpreterLanguage: i % 7 === 0 ? 'ur' : null,
      resourcesShown: i % 2 === 0,
      hasEnquiry: enquiry,
      completedAt: i % 10 === 0 ? null : iso(at + hours(random() * 72)),
    });
    if (enquiry) {
      const triaged = at + hours(random() * 150);
      records.enquiries.push({ id: `e${i}`, hub, status: 'allocated', contactAt: iso(at), createdAt: iso(at + hours(1)), triagedAt: iso(triaged), allocatedAt: iso(triaged + hours(random() * 200)), closedAt: null });
    }
    if (i % 5 < 2) {
      const claimed = i % 10 !== 1;
      records.handoffs.push({ hub, requestedAt: iso(at), claimedAt: claimed ? iso(at + 240_000) : null, firstStaffReplyAt: claimed ? iso(at + 300_000) : null, endedAt: iso(at + hours(1)) });
    }
    if (i % 10 === 3) records.callbacks.push({ hub, requestedAt: iso(at), dueAt: iso(at + hours(24)), doneAt: iso(at + hours(random() * 30)) });
    if (i % 50 === 0) {
      records.triggers.push({ hub, at: iso(at), category: 'domestic-abuse' });
      records.alerts.push({ hub, raisedAt: iso(at), acknowledgedAt: iso(at + 600_000) });
    }
  }
  return records;
}

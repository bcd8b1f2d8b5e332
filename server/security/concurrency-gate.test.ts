import { describe, expect, it } from 'vitest';
import { ConcurrencyGate, GateBusyError } from './concurrency-gate.js';
import { TokenBuckets } from './token-bucket.js';

describe('ConcurrencyGate', () => {
  it('runs at most `limit` at once, queues `queue` more and refuses the rest', async () => {
    const gate = new ConcurrencyGate(2, 3);
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const task = () =>
      new Promise<void>((resolve) => {
        running += 1;
        most = Math.max(most, running);
        releases.push(() => ((running -= 1), resolve()));
      });
    const results = Array.from({ length: 8 }, () => gate.run(task).then(() => 'ok', (e: unknown) => (e instanceof GateBusyError ? 'busy' : 'error')));
    await Promise.resolve();
    while (releases.length || gate.running) {
      releases.shift()?.();
      await new Promise((r) => setImmediate(r));
    }
    expect(await Promise.all(results)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'busy', 'busy', 'busy']);
    expect(most).toBe(2);
  });
});

describe('TokenBuckets', () => {
  it('allows a burst, then refills at the given rate, per key', () => {
    const buckets = new TokenBuckets(3, 1);
    expect([0, 0, 0].map(() => buckets.take('a', 0))).toEqual([0, 0, 0]);
    expect(buckets.take('a', 0)).toBe(1);
    expect(buckets.take('b', 0)).toBe(0);
    expect(buckets.take('a', 1000)).toBe(0);
  });

  it('stays bounded under many distinct keys', () => {
    const buckets = new TokenBuckets(2, 1, 100);
    for (let i = 0; i < 1000; i++) buckets.take(`ip${i}`, 0);
    expect(buckets.size).toBeLessThanOrEqual(100);
    expect(buckets.take('fresh', 0)).toBe(0);
  });
});

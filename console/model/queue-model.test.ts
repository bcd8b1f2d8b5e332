import { describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../server/protocol/index.js';
import { createHubFilterModel } from './hub-filter-model.js';
import { createQueueModel } from './queue-model.js';

function entry(overrides: Partial<QueueEntry>): QueueEntry {
  return {
    handoffId: 'h1',
    conversationId: 'c1',
    locality: 'east',
    status: 'waiting',
    urgent: false,
    requestedAt: '2026-01-05T10:00:00.000Z',
    language: 'en',
    familyOnline: true,
    needs: [],
    ...overrides,
  };
}

describe('queue model', () => {
  it('shows my hub and the shared queue by default, urgent first, then longest waiting', () => {
    const queue = createQueueModel(createHubFilterModel('staff-1', 'east'));
    queue.replaceAll(
      [
        entry({ handoffId: 'late', requestedAt: '2026-01-05T10:05:00.000Z' }),
        entry({ handoffId: 'early', requestedAt: '2026-01-05T10:01:00.000Z' }),
        entry({ handoffId: 'urgent', requestedAt: '2026-01-05T10:09:00.000Z', urgent: true }),
        entry({ handoffId: 'west', locality: 'west' }),
        entry({ handoffId: 'shared', locality: 'shared' }),
      ],
      {},
    );
    expect(queue.groups.value.map((g) => [g.hub, g.entries.map((e) => e.handoffId)])).toEqual([
      ['east', ['urgent', 'early', 'late']],
      ['shared', ['shared']],
    ]);
    expect(queue.waitingCount.value).toBe(4);
  });

  it('shows every hub to someone without one, and follows claims and removals', () => {
    const queue = createQueueModel(createHubFilterModel('manager-1', null));
    queue.replaceAll([entry({ handoffId: 'a', locality: 'west' }), entry({ handoffId: 'b', conversationId: 'c2' })], {});
    expect(queue.groups.value).toHaveLength(5);
    queue.markClaimed('a', 'staff-2', 'Aisha');
    expect(queue.entries.value.find((e) => e.handoffId === 'a')).toMatchObject({ status: 'active', claimedByName: 'Aisha' });
    queue.remove('b');
    queue.setFamilyOnline('c1', false);
    expect(queue.entries.value.map((e) => [e.handoffId, e.familyOnline])).toEqual([['a', false]]);
  });
});

import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { PresenceByHub, QueueEntry, QueueLocality } from '../../server/protocol/index.js';
import type { HubFilterModel } from './hub-filter-model.js';

export interface QueueGroup {
  hub: QueueLocality;
  entries: QueueEntry[];
}

export interface QueueModel {
  /** Every open handoff the server told us about, urgent first, then longest waiting. */
  entries: ReadonlySignal<QueueEntry[]>;
  /** One group per hub the person watches, in hub order, each in queue order. */
  groups: ReadonlySignal<QueueGroup[]>;
  /** Families still waiting for someone in the watched hubs (the nav badge). */
  waitingCount: ReadonlySignal<number>;
  presence: ReadonlySignal<PresenceByHub>;
  entryFor(conversationId: string): QueueEntry | undefined;
  replaceAll(entries: QueueEntry[], presence: PresenceByHub): void;
  upsert(entry: QueueEntry): void;
  remove(handoffId: string): void;
  setPresence(presence: PresenceByHub): void;
  markClaimed(handoffId: string, by: string, byName: string): void;
  setFamilyOnline(conversationId: string, online: boolean): void;
}

/** The same order as the server's queue: urgent families first, then who has waited longest. */
export function compareQueueEntries(a: QueueEntry, b: QueueEntry): number {
  return Number(b.urgent) - Number(a.urgent) || a.requestedAt.localeCompare(b.requestedAt) || a.handoffId.localeCompare(b.handoffId);
}

export function createQueueModel(filter: HubFilterModel): QueueModel {
  const byId = signal<ReadonlyMap<string, QueueEntry>>(new Map());
  const presence = signal<PresenceByHub>({});
  const entries = computed(() => [...byId.value.values()].sort(compareQueueEntries));
  const groups = computed(() =>
    filter.hubs.value.map((hub) => ({ hub, entries: entries.value.filter((e) => e.locality === hub) })),
  );

  function update(change: (map: Map<string, QueueEntry>) => void): void {
    const next = new Map(byId.value);
    change(next);
    byId.value = next;
  }

  return {
    entries,
    groups,
    waitingCount: computed(() => groups.value.reduce((n, g) => n + g.entries.filter((e) => e.status === 'waiting').length, 0)),
    presence,
    entryFor: (conversationId) => entries.value.find((e) => e.conversationId === conversationId),
    replaceAll(list, nextPresence) {
      byId.value = new Map(list.map((e) => [e.handoffId, e]));
      presence.value = nextPresence;
    },
    upsert: (entry) => update((map) => map.set(entry.handoffId, entry)),
    remove: (handoffId) => update((map) => map.delete(handoffId)),
    setPresence(next) {
      presence.value = next;
    },
    markClaimed(handoffId, by, byName) {
      const entry = byId.value.get(handoffId);
      if (entry) update((map) => map.set(handoffId, { ...entry, status: 'active', claimedBy: by, claimedByName: byName }));
    },
    setFamilyOnline(conversationId, online) {
      const entry = entries.value.find((e) => e.conversationId === conversationId);
      if (entry && entry.familyOnline !== online) update((map) => map.set(entry.handoffId, { ...entry, familyOnline: online }));
    },
  };
}

import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { LOCALITIES, type QueueLocality } from '../../server/protocol/vocabulary.js';
import { readSetting, writeSetting } from './local-setting.js';

/** Every queue in display order: the four hubs, then families whose locality is not known yet. */
export const QUEUE_HUBS: readonly QueueLocality[] = [...LOCALITIES, 'shared'];

export interface HubFilterModel {
  selected: ReadonlySignal<ReadonlySet<QueueLocality>>;
  /** The selected hubs in display order. */
  hubs: ReadonlySignal<QueueLocality[]>;
  toggle(hub: QueueLocality): void;
  shows(locality: string): boolean;
}

function isHubList(value: unknown): value is QueueLocality[] {
  return Array.isArray(value) && value.every((v) => (QUEUE_HUBS as readonly unknown[]).includes(v));
}

/**
 * Which hubs' queues this person watches. The default is their own hub plus the shared queue,
 * where families land before anyone knows their area; people with no hub (managers) see all.
 * The choice is remembered per person, since desks are shared.
 */
export function createHubFilterModel(staffId: string, ownLocality: string | null): HubFilterModel {
  const storageKey = `front-door.console.hubs.${staffId}`;
  const own = QUEUE_HUBS.find((hub) => hub === ownLocality);
  const fallback = own ? [own, 'shared' as const] : [...QUEUE_HUBS];
  const selected = signal<ReadonlySet<QueueLocality>>(new Set(readSetting(storageKey, isHubList) ?? fallback));

  return {
    selected,
    hubs: computed(() => QUEUE_HUBS.filter((hub) => selected.value.has(hub))),
    toggle(hub) {
      const next = new Set(selected.value);
      if (next.has(hub)) next.delete(hub);
      else next.add(hub);
      selected.value = next;
      writeSetting(storageKey, [...next]);
    },
    shows: (locality) => selected.value.has(locality as QueueLocality),
  };
}

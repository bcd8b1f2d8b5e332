import { signal, type ReadonlySignal } from '@preact/signals';
import type { OutboxFrame } from './message-log.js';
import { readStored, STORAGE_KEYS, writeStored, removeStored } from './local-store.js';

export interface OutboxEntry {
  frame: OutboxFrame;
  /** Label keys of the chosen options, so a pending answer can be shown before the server echoes it. */
  labels?: string[];
}

export interface Outbox {
  entries: ReadonlySignal<OutboxEntry[]>;
  add(entry: OutboxEntry): void;
  remove(clientMessageId: string): OutboxEntry | undefined;
  clear(): void;
}

function isEntry(value: unknown): value is OutboxEntry {
  const frame = (value as { frame?: { type?: unknown; clientMessageId?: unknown } } | null)?.frame;
  return typeof frame?.type === 'string' && typeof frame.clientMessageId === 'string';
}

/**
 * Family frames written to localStorage before they are sent and removed only on `message.acked`,
 * so a reload, a tunnel or a dead battery never loses what a worried parent typed.
 */
export function createOutbox(): Outbox {
  const stored = readStored(STORAGE_KEYS.outbox);
  const entries = signal<OutboxEntry[]>(Array.isArray(stored) ? stored.filter(isEntry) : []);

  function save(next: OutboxEntry[]): void {
    entries.value = next;
    if (next.length) writeStored(STORAGE_KEYS.outbox, next);
    else removeStored(STORAGE_KEYS.outbox);
  }

  return {
    entries,
    add(entry) {
      save([...entries.value, entry]);
    },
    remove(clientMessageId) {
      const found = entries.value.find((e) => e.frame.clientMessageId === clientMessageId);
      if (found) save(entries.value.filter((e) => e !== found));
      return found;
    },
    clear() {
      save([]);
    },
  };
}

import { signal, type ReadonlySignal } from '@preact/signals';
import type { ErrorCode, StaffClientFrame } from '../../server/protocol/index.js';

export type OutgoingFrame = Extract<StaffClientFrame, { type: 'message.send' | 'quick-reply.send' }>;

/** A staff message the family may not have yet. `sent` means acked but not yet seen in the transcript. */
export interface PendingMessage {
  frame: OutgoingFrame;
  state: 'sending' | 'sent' | 'failed';
  error?: ErrorCode;
}

export interface OutboxModel {
  items: ReadonlySignal<PendingMessage[]>;
  add(frame: OutgoingFrame): void;
  acked(clientMessageId: string): void;
  failed(clientMessageId: string, error: ErrorCode): boolean;
  /** The message is in the transcript now; nothing more to show or resend. */
  delivered(clientMessageIds: Iterable<string>): void;
  /** Marks a failed message as sending again and returns its frame, with the same id. */
  retry(clientMessageId: string): OutgoingFrame | undefined;
  /** Frames not yet acknowledged, to resend after a reconnect; the server deduplicates by id. */
  unacked(): OutgoingFrame[];
}

/**
 * Staff messages from send to transcript. The client message id is chosen once and reused on
 * every resend, so a reply typed just as the connection dropped reaches the family exactly once.
 */
export function createOutboxModel(): OutboxModel {
  const items = signal<PendingMessage[]>([]);

  function patch(clientMessageId: string, change: Partial<PendingMessage>): boolean {
    let found = false;
    items.value = items.value.map((item) => {
      if (item.frame.clientMessageId !== clientMessageId) return item;
      found = true;
      return { ...item, ...change };
    });
    return found;
  }

  return {
    items,
    add(frame) {
      items.value = [...items.value, { frame, state: 'sending' }];
    },
    acked(clientMessageId) {
      patch(clientMessageId, { state: 'sent' });
    },
    failed: (clientMessageId, error) => patch(clientMessageId, { state: 'failed', error }),
    delivered(clientMessageIds) {
      const done = new Set(clientMessageIds);
      if (items.value.some((i) => done.has(i.frame.clientMessageId))) {
        items.value = items.value.filter((i) => !done.has(i.frame.clientMessageId));
      }
    },
    retry(clientMessageId) {
      const item = items.value.find((i) => i.frame.clientMessageId === clientMessageId && i.state === 'failed');
      if (!item) return undefined;
      patch(clientMessageId, { state: 'sending', error: undefined });
      return item.frame;
    },
    unacked: () => items.value.filter((i) => i.state === 'sending').map((i) => i.frame),
  };
}

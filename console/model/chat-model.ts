import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ErrorCode, Message, StaffClientFrame } from '../../server/protocol/index.js';
import { newClientMessageId } from '../../client-core/client-message-id.js';
import { createOutboxModel, type OutgoingFrame, type PendingMessage } from './outbox-model.js';
import { createTypingSender } from '../../client-core/typing-sender.js';

/** A family that stops typing without a "stopped" frame (closed tab) should not look busy forever. */
const TYPING_TIMEOUT_MS = 15_000;

export interface ChatModel {
  /** Every stored message of the open conversation, in order. */
  messages: ReadonlySignal<Message[]>;
  /** This conversation's staff messages not yet in the transcript. */
  pending: ReadonlySignal<PendingMessage[]>;
  familyTyping: ReadonlySignal<boolean>;
  /** The newest family message since opening, for the screen-reader announcement. */
  arrival: ReadonlySignal<Message | null>;
  send(text: string): boolean;
  /** `key` is a quick-replies key; the family gets it in their own language. */
  sendQuickReply(key: string): boolean;
  retry(clientMessageId: string): void;
  /** The composer changed: tells the family someone is typing, debounced. */
  typed(): void;
}

export interface ChatModelInternal extends ChatModel {
  reset(): void;
  /** Adds stored messages; `live` marks them as new arrivals rather than history. */
  merge(incoming: Message[], live: boolean): void;
  setFamilyTyping(typing: boolean): void;
  acked(clientMessageId: string): void;
  failed(clientMessageId: string, error: ErrorCode): boolean;
  resendUnacked(): void;
  stopTyping(): void;
}

/** The live chat of the open conversation: transcript, outgoing messages and typing both ways. */
export function createChatModel(deps: {
  send(frame: StaffClientFrame): boolean;
  conversationId: ReadonlySignal<string | null>;
  canChat: ReadonlySignal<boolean>;
}): ChatModelInternal {
  const { send, conversationId, canChat } = deps;
  const messages = signal<Message[]>([]);
  const familyTyping = signal(false);
  const arrival = signal<Message | null>(null);
  const outbox = createOutboxModel();
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const typingSender = createTypingSender((typing) => {
    const id = conversationId.peek();
    if (id) send({ type: 'typing.update', conversationId: id, typing });
  });

  function setFamilyTyping(typing: boolean): void {
    clearTimeout(typingTimer);
    familyTyping.value = typing;
    if (typing) typingTimer = setTimeout(() => (familyTyping.value = false), TYPING_TIMEOUT_MS);
  }

  function post(build: (conversationId: string, clientMessageId: string) => OutgoingFrame): boolean {
    const id = conversationId.peek();
    if (!id || !canChat.peek()) return false;
    const frame = build(id, newClientMessageId());
    outbox.add(frame);
    typingSender.stop();
    // Unsent means offline: the frame stays "sending" and resendUnacked() sends it on reconnect.
    send(frame);
    return true;
  }

  return {
    messages,
    pending: computed(() => outbox.items.value.filter((i) => i.frame.conversationId === conversationId.value)),
    familyTyping,
    arrival,
    send(text) {
      const trimmed = text.trim();
      if (!trimmed) return false;
      return post((id, clientMessageId) => ({ type: 'message.send', clientMessageId, conversationId: id, text: trimmed }));
    },
    sendQuickReply: (key) =>
      post((id, clientMessageId) => ({ type: 'quick-reply.send', clientMessageId, conversationId: id, key: `quick-replies:${key}` })),
    retry(clientMessageId) {
      const frame = outbox.retry(clientMessageId);
      if (frame) send(frame);
    },
    typed() {
      if (canChat.peek()) typingSender.touch();
    },
    reset() {
      typingSender.stop();
      messages.value = [];
      arrival.value = null;
      setFamilyTyping(false);
    },
    merge(incoming, live) {
      const byId = new Map(messages.peek().map((m) => [m.id, m]));
      for (const m of incoming) byId.set(m.id, m);
      messages.value = [...byId.values()].sort((a, b) => a.seq - b.seq);
      outbox.delivered(incoming.flatMap((m) => (m.clientMessageId ? [m.clientMessageId] : [])));
      const fromFamily = live ? incoming.filter((m) => m.author === 'family').at(-1) : undefined;
      if (fromFamily) {
        arrival.value = fromFamily;
        setFamilyTyping(false);
      }
    },
    setFamilyTyping,
    acked: (clientMessageId) => outbox.acked(clientMessageId),
    failed: (clientMessageId, error) => outbox.failed(clientMessageId, error),
    resendUnacked() {
      for (const frame of outbox.unacked()) send(frame);
    },
    stopTyping: () => typingSender.stop(),
  };
}

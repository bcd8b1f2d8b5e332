import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ErrorCode, FamilyHandoffView, Message, WidgetServerFrame } from '../../server/protocol/index.js';
import { readChatSession, writeChatSession, type ChatLanguage, type ChatSession } from './chat-session.js';
import { decideOnError } from './error-policy.js';
import { createFamilyActions, type FamilyActions } from './family-actions.js';
import { findActivePrompt, mergeMessages, unechoed, type OutboxFrame, type PromptMessage } from './message-log.js';
import { createOutbox, type OutboxEntry } from './outbox.js';
import { createSafetyPause, type SafetyPause } from './safety-pause.js';
import { createSocketConnection } from './socket-connection.js';
import { createTypingSender } from '../../client-core/typing-sender.js';

export type { CallbackDetails } from './family-actions.js';
export type ConnectionState = 'idle' | 'connecting' | 'ready' | 'offline';

export interface ConversationModel extends FamilyActions {
  messages: ReadonlySignal<Message[]>;
  /** Own frames not yet echoed by the server ("sending…"). */
  pending: ReadonlySignal<OutboxEntry[]>;
  activePrompt: ReadonlySignal<PromptMessage | null>;
  handoff: ReadonlySignal<FamilyHandoffView>;
  typing: ReadonlySignal<{ typing: boolean; name?: string }>;
  connection: ReadonlySignal<ConnectionState>;
  ended: ReadonlySignal<boolean>;
  /** Highest seq of the history the device resumed (null until it arrives); later messages are live. */
  historySeq: ReadonlySignal<number | null>;
  /** The last error the family should hear about, cleared by their next action. */
  notice: ReadonlySignal<ErrorCode | null>;
  /** The next question waits while a live emergency card is read. */
  safety: SafetyPause;
  start(language: ChatLanguage): void;
  changeLanguage(language: ChatLanguage): void;
  setTyping(typing: boolean): void;
  startOver(): void;
  stop(): void;
}

const RETRY_AFTER_ERROR_MS = 5_000;

/** The family's conversation over one WebSocket: log, outbox, handoff and typing as signals. */
/** `early`: the socket the launcher stub began opening when the family pressed it. */
export function createConversationModel(socketUrl: string, early: WebSocket | null = null, route: 'family' | 'practitioner' = 'family'): ConversationModel {
  let session: ChatSession | null = readChatSession();
  const messages = signal<Message[]>([]);
  const handoff = signal<FamilyHandoffView>({ status: 'none' });
  const typing = signal<{ typing: boolean; name?: string }>({ typing: false });
  const connection = signal<ConnectionState>('idle');
  const ended = signal(false);
  // A brand-new conversation has no history to hold back: everything in it is announced.
  const historySeq = signal<number | null>(session ? null : 0);
  const notice = signal<ErrorCode | null>(null);
  const outbox = createOutbox();
  const pending = computed(() => unechoed(outbox.entries.value, messages.value));
  const activePrompt = computed(() => findActivePrompt(messages.value, outbox.entries.value.map((e) => e.frame)));
  const safety = createSafetyPause(messages, historySeq);

  let language: ChatLanguage | null = null;
  // Frames may only be sent between `conversation.ready` and the socket closing.
  let ready = false;
  let freshTried = false;
  // Paced by the server: frames wait in the outbox and go out together, in order, after the pause.
  let held = false;
  const failures = new Map<string, number>();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const socket = createSocketConnection(socketUrl, {
    onOpen: resume,
    onFrame: (frame) => (handlers[frame.type] as ((f: WidgetServerFrame) => void) | undefined)?.(frame),
    onStatus: (status) => {
      if (status === 'open') return;
      ready = false;
      connection.value = status;
    },
  }, Math.random, early);
  const typingSender = createTypingSender((value) => ready && socket.send({ type: 'typing.update', typing: value }));

  function resume(): void {
    // The route only matters for a new conversation: the server keeps a resumed one's flow.
    if (language) socket.send({ type: 'conversation.resume', ...language, ...(session ?? {}), ...(route === 'practitioner' ? { route } : {}) });
  }

  function flush(): void {
    if (ready) for (const entry of outbox.entries.value) socket.send(entry.frame);
  }

  function enqueue(frame: OutboxFrame, labels?: string[]): void {
    notice.value = null;
    if (frame.type === 'message.send') typingSender.stop();
    outbox.add(labels ? { frame, labels } : { frame });
    if (ready && !held) socket.send(frame);
  }

  function holdThenResend(): void {
    held = true;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      held = false;
      if (ready) flush();
      else resume();
    }, RETRY_AFTER_ERROR_MS);
  }

  const handlers: { [K in WidgetServerFrame['type']]: (frame: Extract<WidgetServerFrame, { type: K }>) => void } = {
    'conversation.ready'(frame) {
      const same = session?.conversationId === frame.conversationId;
      // A different id means the old conversation is gone (expired, token refused): its log is not this one.
      if (!same) messages.value = [];
      // Keep the stored token if the server only sends one when it creates the conversation.
      session = { conversationId: frame.conversationId, token: frame.token || (same && session ? session.token : '') };
      writeChatSession(session);
      messages.value = mergeMessages(messages.value, frame.messages);
      handoff.value = frame.handoff;
      ended.value = frame.ended;
      if (historySeq.value === null) historySeq.value = same ? (messages.value.at(-1)?.seq ?? 0) : 0;
      ready = true;
      held = false;
      freshTried = false;
      connection.value = 'ready';
      flush();
    },
    'message.created'({ message }) {
      messages.value = mergeMessages(messages.value, [message]);
      // The echo proves the message is stored, as good as an ack.
      if (message.clientMessageId) outbox.remove(message.clientMessageId);
      if (message.author === 'staff') typing.value = { typing: false };
    },
    'message.acked'({ clientMessageId }) {
      outbox.remove(clientMessageId);
      failures.delete(clientMessageId);
    },
    'typing.updated'({ typing: isTyping, name }) {
      typing.value = name ? { typing: isTyping, name } : { typing: isTyping };
    },
    'handoff.updated'(frame) {
      handoff.value = frame.handoff;
    },
    error({ code, clientMessageId }) {
      const failed = clientMessageId ? (failures.get(clientMessageId) ?? 0) : 0;
      const decision = decideOnError(code, clientMessageId, { ready, hasSession: !!session, freshTried, failures: failed });
      if (decision === 'start-fresh') {
        freshTried = true;
        session = null;
        writeChatSession(null);
        resume();
        return;
      }
      notice.value = code;
      if (decision === 'hold') return holdThenResend();
      if (!clientMessageId) return;
      if (decision === 'drop') {
        outbox.remove(clientMessageId);
        failures.delete(clientMessageId);
        return;
      }
      failures.set(clientMessageId, failed + 1);
      clearTimeout(retryTimer);
      retryTimer = setTimeout(flush, RETRY_AFTER_ERROR_MS);
    },
  };

  return {
    messages,
    pending,
    activePrompt,
    handoff,
    typing,
    connection,
    ended,
    historySeq,
    notice,
    safety,
    ...createFamilyActions(enqueue),
    start(choice) {
      language = choice;
      socket.start();
    },
    changeLanguage(choice) {
      language = choice;
      if (ready) socket.send({ type: 'language.change', ...choice });
    },
    setTyping(value) {
      if (value) typingSender.touch();
      else typingSender.stop();
    },
    startOver() {
      session = null;
      writeChatSession(null);
      outbox.clear();
      messages.value = [];
      handoff.value = { status: 'none' };
      ended.value = false;
      historySeq.value = 0;
      notice.value = null;
      socket.restart();
    },
    stop() {
      clearTimeout(retryTimer);
      typingSender.stop();
      socket.stop();
    },
  };
}

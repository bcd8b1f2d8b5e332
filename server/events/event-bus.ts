import { EventEmitter } from 'node:events';
import type { AcknowledgedAlert, FamilyHandoffView, Message, QueueEntry, QueueLocality, UrgentAlert } from '../protocol/index.js';

/**
 * In-process fan-out of things that happened, published after their transaction commits.
 * Sockets subscribe; verbs never talk to sockets directly.
 */
export interface BusEvents {
  'message.created': [message: Message];
  'handoff.changed': [conversationId: string, view: FamilyHandoffView];
  'queue.updated': [entry: QueueEntry];
  'queue.removed': [handoffId: string];
  'typing.updated': [conversationId: string, from: 'family' | 'staff', typing: boolean, name?: string];
  'family.presence': [conversationId: string, online: boolean];
  'safeguarding.alert': [conversationId: string, severity: string, phrase: string];
  'presence.changed': [];
  'handoff.claimed': [handoffId: string, staffId: string, staffName: string];
  'urgent.raised': [alert: UrgentAlert];
  'urgent.acknowledged': [acknowledged: AcknowledgedAlert, locality: QueueLocality];
  /** A staff session ended (logout, ended from another session, idle or absolute expiry): close its sockets. */
  'session.ended': [sessionId: string];
  /** A translator changed a text in the console: every process re-reads the stored changes. */
  'translations.changed': [];
  /** Staff ended a family's access (a shared phone) or their data was erased: close the widget's sockets. */
  'family.access.ended': [conversationId: string];
}

export type BusEventName = keyof BusEvents;

/** Events about one conversation, and where each carries that conversation's id. */
const CONVERSATION_OF = {
  'message.created': (message: Message) => message.conversationId,
  'handoff.changed': (conversationId: string) => conversationId,
  'typing.updated': (conversationId: string) => conversationId,
} satisfies { [E in BusEventName]?: (...args: BusEvents[E]) => string };
type ConversationEvent = keyof typeof CONVERSATION_OF;

/** Carries this process's events to the other server processes (see postgres-event-relay.ts). */
export interface EventRelay {
  forward(event: BusEventName, args: readonly unknown[]): void;
}

export class EventBus {
  readonly #emitter = new EventEmitter();
  /** Listeners for one conversation's events, by event and conversation id: a publish reaches only them. */
  readonly #byConversation = new Map<string, Set<(...args: unknown[]) => void>>();
  #relay: EventRelay | undefined;

  constructor() {
    // Every open socket subscribes; the default warning at 10 listeners is noise here.
    this.#emitter.setMaxListeners(0);
  }

  /** With several processes on one database, what is published here also reaches the others. */
  relayTo(relay: EventRelay): void {
    this.#relay = relay;
  }

  publish<E extends keyof BusEvents>(event: E, ...args: BusEvents[E]): void {
    this.#deliver(event, args);
    this.#relay?.forward(event, args);
  }

  /**
   * Delivers to this process's listeners only. For events every process derives for itself from a
   * committed change the transaction already announced (announce-change.ts): forwarding them too
   * would deliver them twice.
   */
  publishLocal<E extends keyof BusEvents>(event: E, ...args: BusEvents[E]): void {
    this.#deliver(event, args);
  }

  /** An event another process published: delivered here only, never sent back out. */
  deliverRemote(event: BusEventName, args: readonly unknown[]): void {
    this.#deliver(event, args);
  }

  /**
   * Subscribes to one conversation's events only. A family's socket follows its own conversation:
   * with thousands connected, a message reaches its few listeners instead of every socket testing
   * every message. Returns the unsubscribe function.
   */
  subscribeToConversation<E extends ConversationEvent>(event: E, conversationId: string, listener: (...args: BusEvents[E]) => void): () => void {
    const key = `${event} ${conversationId}`;
    const listeners = this.#byConversation.get(key) ?? new Set();
    this.#byConversation.set(key, listeners);
    const added = listener as (...args: unknown[]) => void;
    listeners.add(added);
    return () => {
      listeners.delete(added);
      if (listeners.size === 0 && this.#byConversation.get(key) === listeners) this.#byConversation.delete(key);
    };
  }

  #deliver(event: BusEventName, args: readonly unknown[]): void {
    this.#emitter.emit(event, ...args);
    if (!Object.hasOwn(CONVERSATION_OF, event)) return;
    const conversationId = (CONVERSATION_OF[event as ConversationEvent] as (...a: readonly unknown[]) => string)(...args);
    const listeners = this.#byConversation.get(`${event} ${conversationId}`);
    if (listeners) for (const listener of [...listeners]) listener(...args);
  }

  /** Subscribes and returns the unsubscribe function. */
  subscribe<E extends keyof BusEvents>(event: E, listener: (...args: BusEvents[E]) => void): () => void {
    this.#emitter.on(event, listener as (...args: unknown[]) => void);
    return () => this.#emitter.off(event, listener as (...args: unknown[]) => void);
  }
}

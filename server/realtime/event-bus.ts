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
  /** Staff ended a family's access (a shared phone) or their data was erased: close the widget's sockets. */
  'family.access.ended': [conversationId: string];
}

export type BusEventName = keyof BusEvents;

/** Carries this process's events to the other server processes (see postgres-event-relay.ts). */
export interface EventRelay {
  forward(event: BusEventName, args: readonly unknown[]): void;
}

export class EventBus {
  readonly #emitter = new EventEmitter();
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
    this.#emitter.emit(event, ...args);
    this.#relay?.forward(event, args);
  }

  /** An event another process published: delivered here only, never sent back out. */
  deliverRemote(event: BusEventName, args: readonly unknown[]): void {
    this.#emitter.emit(event, ...args);
  }

  /** Subscribes and returns the unsubscribe function. */
  subscribe<E extends keyof BusEvents>(event: E, listener: (...args: BusEvents[E]) => void): () => void {
    this.#emitter.on(event, listener as (...args: unknown[]) => void);
    return () => this.#emitter.off(event, listener as (...args: unknown[]) => void);
  }
}

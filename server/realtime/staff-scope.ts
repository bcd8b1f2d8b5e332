import type { AppContext } from '../app-context.js';
import type { StaffRow } from '../auth/index.js';
import { findConversation } from '../conversations/index.js';
import { conversationQueue, maySeeConversation, maySeeQueue, queueLocalityFor } from '../handoff/index.js';
import type { PresenceByHub, QueueEntry, StaffServerFrame } from '../protocol/index.js';

/**
 * What one staff socket may see, decided on the server for every broadcast (the console never
 * filters for security). The rule itself is maySeeQueue (server/handoff/staff-actor.ts); this
 * remembers which queue entries the socket was shown, so it hears when one leaves its view, and
 * which conversations it is watching, dropping a watch as soon as access ends.
 */
export class StaffScope {
  /** handoffId -> conversationId of every queue entry this socket has been sent. */
  readonly #shown = new Map<string, string>();
  readonly #watching = new Set<string>();

  constructor(
    private readonly ctx: AppContext,
    private readonly actor: StaffRow,
  ) {}

  snapshotEntry(entry: QueueEntry): QueueEntry[] {
    if (!maySeeQueue(this.actor, entry.locality, entry.claimedBy)) return [];
    this.#shown.set(entry.handoffId, entry.conversationId);
    return [entry];
  }

  /**
   * An entry in view is sent. One that just left the view (transferred away) is sent once more,
   * so the console that moved it can confirm where it went, and then removed; after that nothing.
   */
  queueUpdate(entry: QueueEntry): StaffServerFrame[] {
    if (this.snapshotEntry(entry).length) return [{ type: 'queue.updated', entry }];
    if (!this.#shown.delete(entry.handoffId)) return [];
    return [
      { type: 'queue.updated', entry },
      { type: 'queue.removed', handoffId: entry.handoffId },
    ];
  }

  forgetHandoff(handoffId: string): boolean {
    return this.#shown.delete(handoffId);
  }

  knowsHandoff(handoffId: string): boolean {
    return this.#shown.has(handoffId);
  }

  knowsConversation(conversationId: string): boolean {
    return this.#watching.has(conversationId) || [...this.#shown.values()].includes(conversationId);
  }

  /** Alerts (with the phrase) go where the family is or will queue: its hub, else the shared queue. */
  async maySeeAlert(conversationId: string): Promise<boolean> {
    if (this.actor.role === 'manager') return true;
    const queue = await conversationQueue(this.ctx.db, conversationId);
    if (queue) return maySeeQueue(this.actor, queue.locality, queue.claimedBy);
    const conversation = await findConversation(this.ctx.db, conversationId);
    return conversation !== undefined && maySeeQueue(this.actor, queueLocalityFor(conversation.locality));
  }

  /** Managers see everyone online; hub staff their own hub and the managers. */
  presence(): PresenceByHub {
    const all = this.ctx.presence.byHub();
    if (this.actor.role === 'manager') return all;
    return Object.fromEntries(Object.entries(all).filter(([hub]) => hub === 'all' || hub === this.actor.locality));
  }

  watch(conversationId: string): void {
    this.#watching.add(conversationId);
  }

  isWatching(conversationId: string): boolean {
    return this.#watching.has(conversationId);
  }

  /** True while the socket watches the conversation and may still see it; a lost access ends the watch. */
  async recheckWatch(conversationId: string): Promise<boolean> {
    if (!this.#watching.has(conversationId)) return false;
    if (await maySeeConversation(this.ctx.db, this.actor, conversationId)) return true;
    this.#watching.delete(conversationId);
    return false;
  }

  async recheckWatches(): Promise<void> {
    for (const conversationId of [...this.#watching]) await this.recheckWatch(conversationId);
  }
}

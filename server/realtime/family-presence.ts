/**
 * Which conversations have a family's widget connected right now: to this process, or (several
 * processes on PostgreSQL) to another, as last read by shared-presence.ts.
 */
export class FamilyPresence {
  readonly #sockets = new Map<string, number>();
  #remote: ReadonlySet<string> = new Set();

  /** Conversations connected to this process, for the shared presence table. */
  local(): string[] {
    return [...this.#sockets.keys()];
  }

  setRemote(conversationIds: ReadonlySet<string>): void {
    this.#remote = conversationIds;
  }

  /** Returns true when this is the first connection (the family just came online). */
  connect(conversationId: string): boolean {
    const count = this.#sockets.get(conversationId) ?? 0;
    this.#sockets.set(conversationId, count + 1);
    return count === 0;
  }

  /** Returns true when the last connection closed (the family just went offline). */
  disconnect(conversationId: string): boolean {
    const count = this.#sockets.get(conversationId) ?? 0;
    if (count <= 1) {
      this.#sockets.delete(conversationId);
      return count === 1;
    }
    this.#sockets.set(conversationId, count - 1);
    return false;
  }

  isOnline(conversationId: string): boolean {
    return this.#sockets.has(conversationId) || this.#remote.has(conversationId);
  }
}

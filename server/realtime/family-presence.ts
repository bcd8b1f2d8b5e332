/** Which conversations have a family's widget connected right now (memory only). */
export class FamilyPresence {
  readonly #sockets = new Map<string, number>();

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
    return this.#sockets.has(conversationId);
  }
}

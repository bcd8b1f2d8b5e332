/**
 * How many server processes share this deployment's per-client limits. With one PostgreSQL and
 * several processes behind a proxy, a client's requests spread over all of them, so each process
 * enforces its share of every per-address budget: a client gets the configured budget in total,
 * not once per process, without a database round trip on every frame. The count comes from the
 * processes' heartbeat rows (server/realtime/shared-presence.ts); alone, it is 1.
 */
export class LiveProcesses {
  #count = 1;

  get count(): number {
    return this.#count;
  }

  /** The other processes whose heartbeat has not expired. */
  setOthers(others: number): void {
    this.#count = 1 + Math.max(0, Math.floor(others));
  }

  /** This process's share of a budget of `whole` units: never below one, so nobody is locked out. */
  shareOf(whole: number): number {
    return Math.max(1, Math.floor(whole / this.#count));
  }
}

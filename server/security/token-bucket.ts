/**
 * Per-key token buckets for anonymous endpoints: `burst` requests at once, refilled at `perSecond`.
 * Memory only and per process (a coarse first line); login throttling lives in the database.
 * The map is bounded: when full, buckets that have refilled completely are dropped.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly burst: number,
    readonly perSecond: number,
    readonly maxKeys = 10_000,
  ) {}

  /** How many addresses are tracked (bounded by maxKeys). */
  get size(): number {
    return this.#buckets.size;
  }

  /**
   * Takes a request's tokens; returns 0 when allowed, otherwise the seconds to wait. With several
   * processes sharing the limit, each request costs `processes` tokens here (never more than the
   * burst), so the address gets the configured rate in total across them.
   */
  take(key: string, nowMs: number, processes = 1): number {
    const cost = Math.min(this.burst, Math.max(1, processes));
    const bucket = this.#buckets.get(key) ?? { tokens: this.burst, at: nowMs };
    const tokens = Math.min(this.burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * this.perSecond);
    if (tokens < cost) {
      this.#buckets.set(key, { tokens, at: nowMs });
      return Math.ceil((cost - tokens) / this.perSecond);
    }
    if (!this.#buckets.has(key) && this.#buckets.size >= this.maxKeys) this.#prune(nowMs);
    this.#buckets.set(key, { tokens: tokens - cost, at: nowMs });
    return 0;
  }

  #prune(nowMs: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + ((nowMs - bucket.at) / 1000) * this.perSecond >= this.burst) this.#buckets.delete(key);
    }
    // Still full under a flood of distinct addresses: forget the oldest rather than grow.
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size < this.maxKeys) break;
      this.#buckets.delete(key);
    }
  }
}

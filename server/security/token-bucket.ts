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

  /** Takes a token; returns 0 when allowed, otherwise the seconds to wait. */
  take(key: string, nowMs: number): number {
    const bucket = this.#buckets.get(key) ?? { tokens: this.burst, at: nowMs };
    const tokens = Math.min(this.burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * this.perSecond);
    if (tokens < 1) {
      this.#buckets.set(key, { tokens, at: nowMs });
      return Math.ceil((1 - tokens) / this.perSecond);
    }
    if (!this.#buckets.has(key) && this.#buckets.size >= this.maxKeys) this.#prune(nowMs);
    this.#buckets.set(key, { tokens: tokens - 1, at: nowMs });
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

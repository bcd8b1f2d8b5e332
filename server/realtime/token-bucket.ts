import type { Rate } from './socket-limits.js';

/** A token bucket: `rate.burst` at once, refilled at `rate.perSecond`. The clock is passed in. */
export class TokenBucket {
  #tokens: number;
  #last: number;

  constructor(
    readonly rate: Rate,
    private readonly now: () => number,
  ) {
    this.#tokens = rate.burst;
    this.#last = now();
  }

  /** Takes `cost` tokens if there are enough; a refused take costs nothing. */
  take(cost = 1): boolean {
    this.#refill();
    if (this.#tokens < cost) return false;
    this.#tokens -= cost;
    return true;
  }

  /** Charges work already done; the bucket may go into debt, refusing until it refills past zero. */
  charge(cost: number): void {
    this.#refill();
    this.#tokens -= cost;
  }

  /** Not in debt: the next piece of work may start. */
  hasCredit(): boolean {
    this.#refill();
    return this.#tokens > 0;
  }

  /** Full again: nothing is lost by forgetting this bucket. */
  isFull(): boolean {
    this.#refill();
    return this.#tokens >= this.rate.burst;
  }

  #refill(): void {
    const t = this.now();
    this.#tokens = Math.min(this.rate.burst, this.#tokens + ((t - this.#last) / 1000) * this.rate.perSecond);
    this.#last = t;
  }
}

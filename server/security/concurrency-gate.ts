export class GateBusyError extends Error {
  constructor() {
    super('busy');
    this.name = 'GateBusyError';
  }
}

/**
 * At most `limit` tasks at once, at most `queue` waiting; the rest are refused at once. Used around
 * scrypt: libuv has four threads shared with file reads, so password checks must never take them all
 * (bogus logins would otherwise slow /widget.js for every family).
 */
export class ConcurrencyGate {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(
    readonly limit: number,
    readonly queue: number,
  ) {}

  get running(): number {
    return this.#running;
  }

  /** Whether a task offered now would be refused. */
  get full(): boolean {
    return this.#running >= this.limit && this.#waiting.length >= this.queue;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.limit) {
      if (this.#waiting.length >= this.queue) throw new GateBusyError();
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter, so the count never dips below the limit.
      if (next) next();
      else this.#running -= 1;
    }
  }
}

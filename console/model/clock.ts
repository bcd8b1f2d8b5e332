import { signal, type ReadonlySignal } from '@preact/signals';

export interface Clock {
  /** Milliseconds since the epoch, refreshed every tick: waiting times and overdue marks read it. */
  now: ReadonlySignal<number>;
  stop(): void;
}

/** Half a minute is fine enough for "waiting 12 minutes" and cheap enough to re-render a queue. */
export function createClock(tickMs = 30_000, read: () => number = Date.now): Clock {
  const now = signal(read());
  const timer = setInterval(() => {
    now.value = read();
  }, tickMs);
  return { now, stop: () => clearInterval(timer) };
}

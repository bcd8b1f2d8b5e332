import type { AppContext } from '../app-context.js';
import { describeError } from '../logging/index.js';
import { publishPresenceInQueue } from './publish-handoff-change.js';
import { createGoneFamilySweep, type GoneFamilySweep } from './release-gone-families.js';

/** Waiting families who went away are looked for this often (the set time itself is config). */
const GONE_SWEEP_MS = 30_000;

export interface QueueUpkeep {
  goneFamilies: GoneFamilySweep;
  /** Stops the timer and the presence listener, and waits for work already started. */
  stop(): Promise<void>;
}

/**
 * Keeps what waiting families are told true while they wait: places move when a family ahead
 * leaves or comes back, and families gone past the set time leave the queue.
 */
export function startQueueUpkeep(ctx: AppContext): QueueUpkeep {
  const goneFamilies = createGoneFamilySweep(ctx);
  // One piece of work at a time, in order: presence changes arrive in bursts (a page reload is a
  // disconnect and a connect) and each answer must not overtake the one before.
  let chain = Promise.resolve();
  const run = (what: string, work: () => Promise<unknown>) => {
    // A busy database is retried on the next change or sweep; it must never end the process.
    chain = chain.then(work).then(
      () => undefined,
      (error: unknown) => ctx.log.error({ err: describeError(error) }, what),
    );
  };
  const unsubscribe = ctx.bus.subscribe('family.presence', (conversationId) => run('queue places not published', () => publishPresenceInQueue(ctx, conversationId)));
  const timer = setInterval(() => run('gone-family sweep failed', () => goneFamilies.sweep()), GONE_SWEEP_MS);
  timer.unref();
  return {
    goneFamilies,
    async stop() {
      clearInterval(timer);
      unsubscribe();
      await chain;
    },
  };
}

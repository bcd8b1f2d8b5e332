import type { AppContext } from '../app-context.js';
import { describeError } from '../logging/index.js';
import { purgeExpired } from './purge-expired.js';

/** Often enough that nothing outlives its period by more than a few hours; each run is cheap when nothing is due. */
const PURGE_EVERY_MS = 6 * 60 * 60_000;
/** The first run waits a little, so a restart storm does not purge on every start. */
const FIRST_RUN_MS = 60_000;

/**
 * Runs the retention purge in the background on every process; purges on several processes take
 * turns (see purgeExpired). A failed run is logged and retried at the next one, never fatal.
 */
export function scheduleRetentionPurge(ctx: AppContext): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = purgeExpired(ctx)
      .then((report) => ctx.log.info({ counts: report.counts }, 'retention purge ran'))
      .catch((error: unknown) => ctx.log.error({ err: describeError(error) }, 'retention purge failed'));
  };
  const first = setTimeout(run, FIRST_RUN_MS);
  const every = setInterval(run, PURGE_EVERY_MS);
  first.unref();
  every.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}

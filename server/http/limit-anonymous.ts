import type { MiddlewareHandler } from 'hono';
import type { AppContext } from '../app-context.js';
import { clientOf } from '../security/client-of.js';

/**
 * A per-address token bucket for the endpoints anyone may call. Generous (a school or a council
 * office shares one address), it only stops floods; login throttling proper is in the database. With several
 * server processes each enforces its share (LiveProcesses), so the address's total is the same.
 * Real elapsed time, not the app clock: a flood is about the wall clock, and tests fix the app clock.
 */
export function limitAnonymous(ctx: AppContext): MiddlewareHandler {
  return async (c, next) => {
    const { ip } = clientOf(c, ctx.security.options);
    const waitSeconds = ctx.security.anonymousRequests.take(ip, performance.now(), ctx.security.processes.count);
    if (waitSeconds > 0) {
      c.header('retry-after', String(waitSeconds));
      return c.json({ error: 'Too many requests. Try again shortly.', retryAfterSeconds: waitSeconds }, 429);
    }
    await next();
  };
}

import type { MiddlewareHandler } from 'hono';
import type { AppContext } from '../app-context.js';
import { isAllowedHost } from '../security/allowed-host.js';

/**
 * Answers only to configured hosts (ALLOWED_HOSTS): a DNS-rebound name gets 421 before any route
 * runs. /healthz is exempt: it says nothing but "ok", and container or load-balancer health checks
 * call it by an internal name or address.
 */
export function checkHost(ctx: AppContext): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.path === '/healthz') return next();
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!isAllowedHost(ctx.security.options.allowedHosts, host)) return c.json({ error: 'This server does not answer to that host name.' }, 421);
    await next();
  };
}

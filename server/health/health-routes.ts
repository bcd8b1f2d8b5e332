import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';

/**
 * /healthz: the process is alive and its database answers (restart it if not).
 * /readyz: it should get traffic: configuration loaded (it is, or we would not be running),
 * migrations applied, start-up tasks such as demo seeding done, not shutting down.
 */
export function healthRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    await ctx.store.ping();
    c.header('cache-control', 'no-store');
    return c.json({ ok: true });
  });
  app.get('/readyz', async (c) => {
    const applied = await ctx.store.migrationsApplied();
    const waitingFor = [...(applied < ctx.store.migrationsShipped ? [`migrations (${applied} of ${ctx.store.migrationsShipped})`] : []), ...ctx.readiness.pending()];
    c.header('cache-control', 'no-store');
    // `processes`: how many server processes this one sees alive (they share per-client limits).
    const processes = ctx.security.processes.count;
    return waitingFor.length ? c.json({ ready: false, waitingFor, processes }, 503) : c.json({ ready: true, migrations: applied, processes });
  });
  return app;
}

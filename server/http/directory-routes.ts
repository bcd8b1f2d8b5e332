import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { requireStaff, type AuthEnv } from '../auth/index.js';
import { staleEntries } from '../open-referral/index.js';

/** Staff views of the directory: entries not checked for over a year, to check before relying on them. */
export function directoryRoutes(ctx: AppContext): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('/api/directory/*', requireStaff(ctx, ['staff', 'manager']));
  app.get('/api/directory/stale', (c) =>
    c.json({
      entries: staleEntries(ctx.catalogue, ctx.now()).map((entry) => ({ id: entry.id, name: entry.name, lastChecked: entry.lastChecked, ...(entry.source ? { source: entry.source } : {}) })),
    }),
  );
  return app;
}

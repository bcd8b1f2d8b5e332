import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { requireStaff, type AuthEnv } from '../auth/index.js';
import { callbacksCsv, csvHeaders } from '../exports/index.js';
import { completeCallback, listCallbacks } from '../handoff/index.js';
import { CallbackDoneBody } from '../protocol/index.js';
import { parseJson } from './parse-json.js';

export function callbackRoutes(ctx: AppContext): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('/api/callbacks/*', requireStaff(ctx, ['staff', 'manager']));
  app.use('/api/callbacks', requireStaff(ctx, ['staff', 'manager']));
  app.get('/api/callbacks', async (c) => {
    const status = c.req.query('status') === 'done' ? 'done' : 'open';
    const callbacks = await listCallbacks({ ctx, actor: c.var.session.staff, status });
    if (c.req.query('format') === 'csv') {
      const file = callbacksCsv(callbacks, status);
      return c.body(file.body, 200, csvHeaders(file));
    }
    return c.json({ callbacks });
  });
  app.post('/api/callbacks/:id/done', async (c) => {
    const body = await parseJson(c, CallbackDoneBody);
    if (!body.ok) return body.response;
    await completeCallback({ ctx, actor: c.var.session.staff, callbackId: c.req.param('id'), outcome: body.data.outcome });
    return c.json({ ok: true });
  });
  return app;
}

import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { requireStaff, type AuthEnv } from '../auth/index.js';
import { AcknowledgeAlertBody } from '../protocol/index.js';
import { acknowledgeAlert, listOpenAlerts, publishAlertAcknowledged } from '../urgent-lane/index.js';
import { parseJson } from './parse-json.js';

const AlertId = z.string().uuid();

/** The urgent lane over HTTP: the open alerts this person may see, and acknowledging one. */
export function urgentLaneRoutes(ctx: AppContext): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const staffOrManager = requireStaff(ctx, ['staff', 'manager']);
  app.use('/api/urgent-alerts', staffOrManager);
  app.use('/api/urgent-alerts/*', staffOrManager);

  app.get('/api/urgent-alerts', async (c) => c.json({ alerts: await listOpenAlerts(ctx, c.var.session.staff) }));
  app.post('/api/urgent-alerts/:id/acknowledge', async (c) => {
    const id = AlertId.safeParse(c.req.param('id'));
    if (!id.success) return c.json({ error: 'Unknown alert.' }, 404);
    const body = await parseJson(c, AcknowledgeAlertBody);
    if (!body.ok) return body.response;
    const acknowledged = await acknowledgeAlert({ ctx, actor: c.var.session.staff, alertId: id.data, input: body.data });
    await publishAlertAcknowledged(ctx, acknowledged);
    return c.json({ acknowledged });
  });
  return app;
}

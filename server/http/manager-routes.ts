import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { requireStaff, type AuthEnv } from '../auth/index.js';
import { auditTrail, listWebhookDeliveries } from '../enquiries/index.js';
import { AuditQuery, DateRangeQuery, DeliveryLogQuery } from '../protocol/enquiry-bodies.js';
import { auditCsv, csvHeaders } from '../exports/index.js';
import { safeguardingReport } from '../safeguarding/index.js';
import { parseQuery } from './parse-query.js';

/** Manager-only views (the scorecard has its own routes): the audit log, the case-system delivery log, the safeguarding report. */
export function managerRoutes(ctx: AppContext): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('/api/manager/*', requireStaff(ctx, ['manager']));

  app.get('/api/manager/audit', async (c) => {
    const query = parseQuery(c, AuditQuery);
    if (!query.ok) return query.response;
    const entries = await auditTrail({ ctx, actor: c.var.session.staff, input: query.data });
    if (query.data.format === 'csv') {
      const file = auditCsv(entries);
      return c.body(file.body, 200, csvHeaders(file));
    }
    return c.json({ entries });
  });
  app.get('/api/manager/webhook-deliveries', async (c) => {
    const query = parseQuery(c, DeliveryLogQuery);
    if (!query.ok) return query.response;
    return c.json({ deliveries: await listWebhookDeliveries({ ctx, actor: c.var.session.staff, status: query.data.status }) });
  });
  app.get('/api/manager/safeguarding-report', async (c) => {
    const query = parseQuery(c, DateRangeQuery);
    if (!query.ok) return query.response;
    return c.json(await safeguardingReport({ ctx, actor: c.var.session.staff, range: query.data }));
  });
  return app;
}

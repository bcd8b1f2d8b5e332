import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { requireStaff, type AuthEnv } from '../auth/index.js';
import {
  changeLevelOfNeed,
  createEnquiry,
  exportEnquiries,
  listEnquiries,
  recordSpokenWithdrawal,
  transitionEnquiry,
  viewEnquiry,
  type EventContext,
} from '../enquiries/index.js';
import { ChangeLevelBody, CreateEnquiryBody, EnquiryListQuery, ExportQuery, TransitionBody, WithdrawConsentBody } from '../protocol/enquiry-bodies.js';
import { parseJson } from './parse-json.js';
import { parseQuery } from './parse-query.js';

/** Early Help enquiries for hub staff and managers; the case-system export for managers only. */
export function enquiryRoutes(ctx: AppContext & EventContext): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const staffOrManager = requireStaff(ctx, ['staff', 'manager']);
  app.use('/api/enquiries', staffOrManager);
  app.use('/api/enquiries/*', staffOrManager);
  app.use('/api/conversations/:id/consent/withdraw', staffOrManager);

  app.post('/api/enquiries', async (c) => {
    const body = await parseJson(c, CreateEnquiryBody);
    if (!body.ok) return body.response;
    return c.json({ enquiry: await createEnquiry({ ctx, actor: c.var.session.staff, input: body.data }) }, 201);
  });
  app.get('/api/enquiries', async (c) => {
    const query = parseQuery(c, EnquiryListQuery);
    if (!query.ok) return query.response;
    return c.json({ enquiries: await listEnquiries({ ctx, actor: c.var.session.staff, status: query.data.status }) });
  });
  // Registered before /:id so "export" is never read as an enquiry id.
  app.get('/api/enquiries/export', requireStaff(ctx, ['manager']), async (c) => {
    const query = parseQuery(c, ExportQuery);
    if (!query.ok) return query.response;
    const file = await exportEnquiries({ ctx, actor: c.var.session.staff, input: query.data });
    return c.body(file.body, 200, {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'no-store',
    });
  });
  app.get('/api/enquiries/:id', async (c) => {
    return c.json({ enquiry: await viewEnquiry({ ctx, actor: c.var.session.staff, enquiryId: c.req.param('id') }) });
  });
  app.post('/api/enquiries/:id/transition', async (c) => {
    const body = await parseJson(c, TransitionBody);
    if (!body.ok) return body.response;
    return c.json({ enquiry: await transitionEnquiry({ ctx, actor: c.var.session.staff, enquiryId: c.req.param('id'), input: body.data }) });
  });
  app.post('/api/enquiries/:id/level', async (c) => {
    const body = await parseJson(c, ChangeLevelBody);
    if (!body.ok) return body.response;
    return c.json({ enquiry: await changeLevelOfNeed({ ctx, actor: c.var.session.staff, enquiryId: c.req.param('id'), input: body.data }) });
  });
  app.post('/api/conversations/:id/consent/withdraw', async (c) => {
    const body = await parseJson(c, WithdrawConsentBody);
    if (!body.ok) return body.response;
    await recordSpokenWithdrawal({ ctx, actor: c.var.session.staff, conversationId: c.req.param('id'), input: body.data });
    return c.json({ ok: true });
  });
  return app;
}

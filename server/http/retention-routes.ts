import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { requireStaff, type AuthEnv } from '../auth/index.js';
import { EraseFamilyBody, SubjectAccessQuery } from '../protocol/retention-bodies.js';
import { endFamilyAccess, eraseFamily, renderPackHtml, subjectAccessPack } from '../retention/index.js';
import { parseJson } from './parse-json.js';
import { parseQuery } from './parse-query.js';

/** Retention (#19): the policy managers are shown, erasure of a family's data (managers), ending a family's access (staff). */
export function retentionRoutes(ctx: AppContext): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('/api/retention/*', requireStaff(ctx, ['manager']));

  app.get('/api/retention/policy', (c) => c.json({ policy: ctx.retention }));
  app.get('/api/retention/subject-access', async (c) => {
    const query = parseQuery(c, SubjectAccessQuery);
    if (!query.ok) return query.response;
    const pack = await subjectAccessPack({ ctx, actor: c.var.session.staff, query: query.data });
    if (query.data.format === 'html') return c.html(renderPackHtml(pack));
    return c.json({ pack });
  });
  app.post('/api/retention/erasures', async (c) => {
    const body = await parseJson(c, EraseFamilyBody);
    if (!body.ok) return body.response;
    return c.json({ erasure: await eraseFamily({ ctx, actor: c.var.session.staff, input: body.data }) }, 201);
  });
  // Hub staff too: the family may be on the phone to them, worried someone else reads the chat.
  app.post('/api/conversations/:id/end-access', requireStaff(ctx, ['staff', 'manager']), async (c) => {
    await endFamilyAccess({ ctx, actor: c.var.session.staff, conversationId: c.req.param('id') });
    return c.body(null, 204);
  });
  return app;
}

import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { requireStaff, type AuthEnv } from '../auth/index.js';
import { EraseFamilyBody } from '../protocol/retention-bodies.js';
import { endFamilyAccess, eraseFamily } from '../retention/index.js';
import { parseJson } from './parse-json.js';

/** Retention (#19): the policy managers are shown, erasure of a family's data (managers), ending a family's access (staff). */
export function retentionRoutes(ctx: AppContext): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('/api/retention/*', requireStaff(ctx, ['manager']));

  app.get('/api/retention/policy', (c) => c.json({ policy: ctx.retention }));
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

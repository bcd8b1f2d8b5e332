import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { requireStaff, type AuthEnv } from '../auth/index.js';
import { listConversations } from '../conversation-search/index.js';
import { conversationDetail } from '../conversations/index.js';
import { ConversationListQuery } from '../protocol/index.js';
import { parseQuery } from './parse-query.js';

const ConversationId = z.string().uuid();

/** The conversations list and search, and one conversation's history to read (console "Conversations"). */
export function conversationRoutes(ctx: AppContext): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const staffOrManager = requireStaff(ctx, ['staff', 'manager']);
  app.use('/api/conversations', staffOrManager);
  app.use('/api/conversations/*', staffOrManager);

  app.get('/api/conversations', async (c) => {
    const query = parseQuery(c, ConversationListQuery);
    if (!query.ok) return query.response;
    return c.json(await listConversations({ ctx, actor: c.var.session.staff, query: query.data }));
  });
  app.get('/api/conversations/:id', async (c) => {
    const id = ConversationId.safeParse(c.req.param('id'));
    if (!id.success) return c.json({ error: 'Unknown conversation.' }, 404);
    return c.json(await conversationDetail({ ctx, actor: c.var.session.staff, conversationId: id.data }));
  });
  return app;
}

import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { requireStaff, type AuthEnv } from '../auth/index.js';
import { addConversationNote, listConversationNotes } from '../conversation-notes/index.js';
import { listConversations } from '../conversation-search/index.js';
import { conversationDetail } from '../conversations/index.js';
import { ConversationListQuery, ConversationNoteBody } from '../protocol/index.js';
import { parseJson } from './parse-json.js';
import { parseQuery } from './parse-query.js';

const ConversationId = z.string().uuid();

/** The conversations list and search, one conversation's history to read, and staff's private notes on it. */
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
  app.get('/api/conversations/:id/notes', async (c) => {
    const id = ConversationId.safeParse(c.req.param('id'));
    if (!id.success) return c.json({ error: 'Unknown conversation.' }, 404);
    return c.json({ notes: await listConversationNotes({ ctx, actor: c.var.session.staff, conversationId: id.data }) });
  });
  app.post('/api/conversations/:id/notes', async (c) => {
    const id = ConversationId.safeParse(c.req.param('id'));
    if (!id.success) return c.json({ error: 'Unknown conversation.' }, 404);
    const body = await parseJson(c, ConversationNoteBody);
    if (!body.ok) return body.response;
    return c.json({ note: await addConversationNote({ ctx, actor: c.var.session.staff, conversationId: id.data, text: body.data.text }) }, 201);
  });
  return app;
}

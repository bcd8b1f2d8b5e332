import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { requireStaff, type AuthEnv } from '../auth/index.js';
import { KnownLanguage } from '../protocol/known-language.js';
import { TranslationChangeBody } from '../protocol/translation-bodies.js';
import { saveTranslation, translationLanguages, translationWorkspace } from '../translations/index.js';
import { parseJson } from './parse-json.js';

/**
 * The translators' workspace. Translators only: hub staff and managers cannot change the words
 * families read, and nothing here touches families' conversations.
 */
export function translationRoutes(ctx: AppContext): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('/api/translations', requireStaff(ctx, ['translator']));
  app.use('/api/translations/*', requireStaff(ctx, ['translator']));
  app.get('/api/translations', (c) => c.json({ languages: translationLanguages(ctx) }));
  app.get('/api/translations/:language', async (c) => {
    const language = KnownLanguage.safeParse(c.req.param('language'));
    if (!language.success) return c.json({ error: 'not a language Front Door offers' }, 404);
    return c.json(await translationWorkspace({ ctx, language: language.data }));
  });
  app.post('/api/translations/:language/changes', async (c) => {
    const language = KnownLanguage.safeParse(c.req.param('language'));
    if (!language.success) return c.json({ error: 'not a language Front Door offers' }, 404);
    const body = await parseJson(c, TranslationChangeBody);
    if (!body.ok) return body.response;
    return c.json(await saveTranslation({ ctx, actor: c.var.session.staff, language: language.data, input: body.data }), 201);
  });
  return app;
}

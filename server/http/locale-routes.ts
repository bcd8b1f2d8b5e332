import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { flattenLocale } from '../flow-engine/index.js';
import { fullyReviewedLanguages, listLanguages, translatedLanguages } from '../i18n/index.js';
import { UI_NAMESPACES } from '../i18n/namespaces.js';
import { encodedJson } from './encoded-json.js';
import { sendEncoded } from './send-encoded.js';

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
/**
 * Not content-hashed (the widget asks by language and namespace), so cached briefly and then
 * revalidated: a 304 of a few bytes while the translation is unchanged.
 */
const JSON_OPTIONS = { type: 'application/json; charset=utf-8', cacheControl: 'public, max-age=300' };

/** Translations and the language list for the widget and console. */
export function localeRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.get('/locales/:language/:file', async (c) => {
    const language = c.req.param('language');
    const namespace = c.req.param('file').replace(/\.json$/, '');
    if (!LANGUAGE_TAG.test(language) || !(UI_NAMESPACES as readonly string[]).includes(namespace)) {
      return c.json({ error: 'unknown language or namespace' }, 404);
    }
    const bundle = ctx.locales[language]?.[namespace];
    if (!bundle) return c.json({ error: `no ${namespace} translation for ${language}` }, 404);
    return sendEncoded(c, encodedJson(bundle), JSON_OPTIONS);
  });
  const safeguardingKeys = [...flattenLocale('safeguarding', ctx.locales.en?.safeguarding ?? {}).keys()].map((key) => key.replace(/^safeguarding:/, ''));
  const body = {
    languages: listLanguages(),
    translated: translatedLanguages(ctx.locales),
    /** Where a person has reviewed every safeguarding text; elsewhere the widget adds the English. */
    safeguardingReviewed: ['en', ...fullyReviewedLanguages(safeguardingKeys, ctx.reviews, 'safeguarding')],
  };
  app.get('/api/languages', (c) => sendEncoded(c, encodedJson(body), JSON_OPTIONS));
  return app;
}

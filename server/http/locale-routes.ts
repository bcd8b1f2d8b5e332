import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { flattenLocale } from '../flow-engine/index.js';
import { listLanguages, namespaceStates, translatedLanguages, type Resources } from '../i18n/index.js';
import { UI_NAMESPACES } from '../i18n/namespaces.js';
import { encodedJson } from './encoded-json.js';
import { sendEncoded } from './send-encoded.js';

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
/**
 * Not content-hashed (the widget asks by language and namespace), so cached briefly and then
 * revalidated: a 304 of a few bytes while the translation is unchanged.
 */
const JSON_OPTIONS = { type: 'application/json; charset=utf-8', cacheControl: 'public, max-age=300' };
/** A language with console changes not yet in its files: revalidated every time, so edits show at once. */
const EDITED_OPTIONS = { ...JSON_OPTIONS, cacheControl: 'no-cache' };

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
    const edited = bundle !== ctx.translations.files.locales[language]?.[namespace];
    return sendEncoded(c, encodedJson(bundle), edited ? EDITED_OPTIONS : JSON_OPTIONS);
  });
  // Rebuilt only when the served translations change (a console edit swaps ctx.locales).
  const bodies = new WeakMap<Resources, object>();
  const bodyFor = (locales: Resources): object => {
    const cached = bodies.get(locales);
    if (cached) return cached;
    const safeguardingKeys = [...flattenLocale('safeguarding', locales.en?.safeguarding ?? {}).keys()].map((key) => key.replace(/^safeguarding:/, ''));
    const safeguardingStates = namespaceStates(locales, ctx.reviews, 'safeguarding', safeguardingKeys);
    const body = {
      languages: listLanguages(),
      translated: translatedLanguages(locales),
      /** Per language, how reviewed its safeguarding text is (server/i18n/key-state.ts decides what that means). */
      safeguardingStates: { en: 'reviewed', ...safeguardingStates },
      /** Where a person has reviewed every safeguarding text; elsewhere the widget adds the English. */
      safeguardingReviewed: ['en', ...Object.keys(safeguardingStates).filter((language) => safeguardingStates[language] === 'reviewed')],
    };
    bodies.set(locales, body);
    return body;
  };
  app.get('/api/languages', (c) => sendEncoded(c, encodedJson(bodyFor(ctx.locales)), JSON_OPTIONS));
  return app;
}

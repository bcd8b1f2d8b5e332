import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { DirectoryPageQuery, directoryIndexFor, entryUnit, renderDirectoryPage } from '../directory-page/index.js';
import { createTranslator, directionOf } from '../i18n/index.js';
import { limitAnonymous } from './limit-anonymous.js';

const PAGE_SIZE = 20;
/** No script at all; the page's own style block only; the form posts back to us. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

/** GET /directory: the Families Information Service directory for families and partners, outside the chat. */
export function directoryPageRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.get('/directory', limitAnonymous(ctx), (c) => {
    const parsed = DirectoryPageQuery.safeParse(c.req.query());
    if (!parsed.success) return c.text(`Invalid search: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`, 400);
    const query = parsed.data;
    const translator = createTranslator(ctx.locales, query.lang ?? 'en');
    const lang = translator.language;
    const index = directoryIndexFor(ctx.catalogue, ctx.locales, lang);
    const filters = { ...(query.q ? { words: query.q } : {}), ...(query.need ? { need: query.need } : {}), ...(query.age ? { ageBand: query.age } : {}), ...(query.locality ? { locality: query.locality } : {}), ...(query.cost ? { cost: query.cost } : {}), ...(query.language ? { language: query.language } : {}), ...(query.delivery ? { delivery: query.delivery } : {}) };
    const { entries, total } = index.search(filters, query.page - 1, PAGE_SIZE);
    const html = renderDirectoryPage({
      t: translator.t,
      lang,
      dir: directionOf(lang),
      query,
      entries,
      total,
      pages: Math.ceil(total / PAGE_SIZE),
      unit: (entry, field, english) => entryUnit(ctx.locales, translator.fallbackChain, entry.id, field, english),
      languages: [...new Set(ctx.catalogue.entries.flatMap((entry) => entry.languages))].sort(),
    });
    c.header('content-security-policy', PAGE_CSP);
    c.header('cache-control', 'public, max-age=300');
    return c.html(html);
  });
  return app;
}

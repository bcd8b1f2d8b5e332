import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { directoryView, paginate, queryServices, ServicesQuery, toOrukServiceSummary } from '../open-referral/index.js';
import { limitAnonymous } from './limit-anonymous.js';
import { parseQuery } from './parse-query.js';

/**
 * Our directory as an Open Referral UK (HSDS 3.0 UK profile) API. Public by the profile's rules:
 * no key, CORS open to every origin, cacheable for five minutes, throttled per address.
 */
const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
});

export function openReferralRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.use('/openreferral/*', limitAnonymous(ctx), async (c, next) => {
    await next();
    c.header('access-control-allow-origin', '*');
    if (c.res.status === 200) c.header('cache-control', 'public, max-age=300');
  });
  const view = () => directoryView(ctx.catalogue, ctx.locales);

  app.get('/openreferral', (c) => c.json({ version: '3.0', profile: 'https://github.com/openreferral/uk-profile', openapi_url: new URL('/openapi.json', c.req.url).href }));
  app.get('/openreferral/services', (c) => {
    const query = parseQuery(c, ServicesQuery);
    if (!query.ok) return query.response;
    const page = paginate(queryServices(ctx.catalogue, query.data), query.data.page, query.data.per_page);
    return c.json({ ...page, contents: page.contents.map(toOrukServiceSummary) });
  });
  app.get('/openreferral/services/:id', (c) => {
    const found = view().byServiceId.get(c.req.param('id').toLowerCase());
    return found ? c.json(found.service) : notFound(c, 'service');
  });
  app.get('/openreferral/taxonomies', (c) => {
    const query = parseQuery(c, PageQuery);
    if (!query.ok) return query.response;
    return c.json(paginate(view().taxonomies, query.data.page, query.data.per_page));
  });
  app.get('/openreferral/taxonomies/:id', (c) => {
    const found = view().taxonomies.find((taxonomy) => taxonomy.id === c.req.param('id').toLowerCase());
    return found ? c.json(found) : notFound(c, 'taxonomy');
  });
  app.get('/openreferral/taxonomy_terms', (c) => {
    const query = parseQuery(c, PageQuery);
    if (!query.ok) return query.response;
    return c.json(paginate(view().taxonomies.flatMap((taxonomy) => taxonomy.taxonomy_terms ?? []), query.data.page, query.data.per_page));
  });
  return app;
}

function notFound(c: Context, what: string): Response {
  return c.json({ error: `No ${what} with that id.` }, 404);
}

import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { EmbedOriginPolicy } from '../embedding/index.js';

/** Read by the widget to tell the family (and the council's developer) that this page may not embed it. */
export const EMBED_REFUSED = 'embed-origin-refused';

/**
 * CORS for what the widget fetches from a council page (the language list and locale files). Those
 * are public and fetched without credentials, so no cookie is ever allowed cross-origin. A page not
 * in the allowlist gets a 403 the widget can read (hence the Allow-Origin on the refusal itself), so
 * it shows a clear message instead of a half-working chat.
 */
export function embedCors(policy: EmbedOriginPolicy): MiddlewareHandler {
  const allowed = cors({
    origin: (origin, c) => (policy.allows(origin, c.req.header('host')) ? origin : null),
    allowMethods: ['GET', 'HEAD'],
    credentials: false,
    maxAge: 600,
  });
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin && !policy.allows(origin, c.req.header('host'))) {
      c.header('vary', 'Origin', { append: true });
      c.header('access-control-allow-origin', origin);
      return c.json({ error: 'This page is not allowed to embed the Front Door chat.', code: EMBED_REFUSED }, 403);
    }
    c.header('vary', 'Origin', { append: true });
    return allowed(c, next);
  };
}

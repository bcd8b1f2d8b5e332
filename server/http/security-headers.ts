import type { Context, MiddlewareHandler } from 'hono';

/**
 * Response headers set per route, deliberately:
 * - everywhere: no MIME sniffing, a referrer that never carries a path to other sites, and no
 *   powerful browser features (camera, microphone, location, payment...);
 * - staff console, staff API and API description: a strict CSP that also forbids framing
 *   (frame-ancestors 'none' plus X-Frame-Options for old browsers), resources same-origin only;
 * - the widget script, its chunks and translations: readable by council pages on other origins
 *   (Cross-Origin-Resource-Policy: cross-origin), everything else same-origin;
 * - HSTS only when the request really came over TLS: our own https, or X-Forwarded-Proto from a
 *   proxy we were told to trust (TRUSTED_PROXY); a forged header from anyone else is ignored.
 */
export function securityHeaders(options: { overTls: (c: Context) => boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const path = c.req.path;
    const headers = c.res.headers;
    headers.set('x-content-type-options', 'nosniff');
    headers.set('referrer-policy', 'strict-origin-when-cross-origin');
    headers.set('permissions-policy', PERMISSIONS_POLICY);
    headers.set('cross-origin-resource-policy', isEmbeddable(path) ? 'cross-origin' : 'same-origin');
    if (isStaffSurface(path)) {
      headers.set('content-security-policy', STAFF_CSP);
      headers.set('x-frame-options', 'DENY');
    } else if (path === '/') {
      headers.set('content-security-policy', DEMO_PAGE_CSP);
    }
    if (options.overTls(c)) headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
  };
}

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=(), browsing-topics=()';

/**
 * The console needs only its own scripts, styles, socket and API. `data:` images: the blank favicon.
 * connect-src 'self' covers the same-origin wss: socket in current browsers.
 */
const STAFF_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The demo council page runs under the CSP docs/embedding.md asks of a council page: the widget's
 * one script origin and one connect origin, no inline script. The page's own <style> block is its
 * business; the widget itself needs no inline style.
 */
const DEMO_PAGE_CSP = ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'"].join('; ');

function isStaffSurface(path: string): boolean {
  return path === '/console' || path.startsWith('/console/') || path.startsWith('/api/') || path === '/openapi.json';
}

/**
 * What a council page loads from us: the embed script, the widget's hashed bundles (every asset but
 * the console's), translations, the language list.
 */
function isEmbeddable(path: string): boolean {
  if (path.startsWith('/assets/')) return !path.startsWith('/assets/console');
  return path === '/widget.js' || path.startsWith('/locales/') || path === '/api/languages';
}


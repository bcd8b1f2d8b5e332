import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** Body sizes in bytes. JSON escapes can make one character six bytes, so limits leave room for that. */
export const BODY_LIMITS = {
  /** Login, logout, CSRF-only posts, session actions: a few short fields. */
  small: 4 * 1024,
  /** A note or outcome of up to 2,000 characters. */
  note: 16 * 1024,
  /** An enquiry: several free-text fields of up to 4,000 characters and up to 30 family members. */
  enquiry: 128 * 1024,
} as const;

/** The larger limits, by path; every other route gets `small`. */
const ROUTE_LIMITS: [path: RegExp, maxSize: number][] = [
  [/^\/api\/enquiries$/, BODY_LIMITS.enquiry],
  [/^\/api\/enquiries\/[^/]+\/(transition|level)$/, BODY_LIMITS.note],
  [/^\/api\/callbacks\/[^/]+\/done$/, BODY_LIMITS.note],
];

/** One body limit for every route, chosen by path, so a new route is small unless listed above. */
export function limitBodies(): MiddlewareHandler {
  const limiters = new Map([...new Set([BODY_LIMITS.small, ...ROUTE_LIMITS.map(([, size]) => size)])].map((size) => [size, limitBody(size)]));
  return (c, next) => {
    const size = ROUTE_LIMITS.find(([path]) => path.test(c.req.path))?.[1] ?? BODY_LIMITS.small;
    return limiters.get(size)!(c, next);
  };
}

/**
 * Refuses a body over `maxSize` with 413. A declared Content-Length over the limit is refused before
 * any of the body is read; a chunked body is read only up to the limit.
 */
export function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    // A declared body over the limit is never read, so the connection cannot carry another request:
    // say so, or a keep-alive client sends its next request into a socket the server then closes.
    onError: (c) =>
      c.json({ error: `The request body is too large: the limit here is ${maxSize} bytes.` }, 413, c.req.header('content-length') ? { connection: 'close' } : {}),
  });
}

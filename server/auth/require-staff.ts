import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppContext } from '../app-context.js';
import type { StaffRole } from '../protocol/index.js';
import { clientOf } from '../security/client-of.js';
import { sameSecret } from '../security/same-secret.js';
import { findSession, sessionCookieName, touchSession, type StaffSession } from './sessions.js';

export type AuthEnv = { Variables: { session: StaffSession } };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The live session behind this request's cookie (the `__Host-` one over TLS), marked as used. */
export async function sessionOf(ctx: AppContext, c: Parameters<MiddlewareHandler>[0]): Promise<StaffSession | undefined> {
  const { secure } = clientOf(c, ctx.security.options);
  const now = ctx.now();
  const session = await findSession(ctx.db, getCookie(c, sessionCookieName(secure)), now, ctx.security.options.sessionIdleMs);
  if (session) await ctx.store.transaction((tx) => touchSession(tx, session.sessionId, now));
  return session;
}

/** The state-changing request carries the session's CSRF token (compared in constant time). */
export function hasCsrfToken(c: Parameters<MiddlewareHandler>[0], session: StaffSession): boolean {
  return SAFE_METHODS.has(c.req.method) || sameSecret(c.req.header('x-csrf-token'), session.csrfToken);
}

/**
 * Staff-only routes: a valid session cookie, one of the allowed roles, and for any state change the
 * session's CSRF token in `x-csrf-token` (the cookie alone is not enough).
 */
export function requireStaff(ctx: AppContext, roles: readonly StaffRole[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const session = await sessionOf(ctx, c);
    if (!session) return c.json({ error: 'Sign in first.' }, 401);
    if (!roles.includes(session.staff.role)) return c.json({ error: 'Your role cannot do this.' }, 403);
    if (!hasCsrfToken(c, session)) return c.json({ error: 'Missing or wrong CSRF token.' }, 403);
    c.set('session', session);
    await next();
  };
}

/** Same-origin check for requests made before there is a session (login) and for socket upgrades. */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '../app-context.js';
import {
  endOtherSessions,
  endOwnSession,
  endSession,
  hasCsrfToken,
  isSameOrigin,
  listSessions,
  LoginRefusedError,
  logIn,
  publicStaff,
  requireStaff,
  sessionCookieName,
  sessionOf,
  userAgentSummary,
  type AuthEnv,
} from '../auth/index.js';
import { LoginBody } from '../protocol/index.js';
import { clientOf } from '../security/client-of.js';
import { parseJson } from './parse-json.js';

/** Sign in and out, and the signed-in person's own sessions. */
export function authRoutes(ctx: AppContext): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const cookieOptions = (c: Context) => {
    const { secure } = clientOf(c, ctx.security.options);
    return { name: sessionCookieName(secure), options: { httpOnly: true, sameSite: 'Strict', secure, path: '/' } as const };
  };

  app.post('/api/auth/login', async (c) => {
    if (!isSameOrigin(c.req.header('origin'), c.req.header('host'))) return c.json({ error: 'Cross-site login refused.' }, 403);
    const body = await parseJson(c, LoginBody);
    if (!body.ok) return body.response;
    const { ip } = clientOf(c, ctx.security.options);
    try {
      const { account, cookieValue, csrfToken } = await logIn(ctx, body.data, { ip, userAgent: userAgentSummary(c.req.header('user-agent')) });
      const cookie = cookieOptions(c);
      setCookie(c, cookie.name, cookieValue, { ...cookie.options, maxAge: Math.floor(ctx.security.options.sessionMaxMs / 1000) });
      return c.json({ staff: publicStaff(account), csrfToken });
    } catch (error) {
      if (!(error instanceof LoginRefusedError)) throw error;
      if (error.reason === 'bad-credentials') return c.json({ error: error.message }, 401);
      c.header('retry-after', String(error.retryAfterSeconds));
      return c.json({ error: error.message, retryAfterSeconds: error.retryAfterSeconds }, 429);
    }
  });
  app.get('/api/auth/session', async (c) => {
    const session = await sessionOf(ctx, c);
    if (!session) return c.json({ error: 'Not signed in.' }, 401);
    return c.json({ staff: publicStaff(session.staff), csrfToken: session.csrfToken });
  });
  app.post('/api/auth/logout', async (c) => {
    const session = await sessionOf(ctx, c);
    if (session && !hasCsrfToken(c, session)) return c.json({ error: 'Missing or wrong CSRF token.' }, 403);
    if (session) await endSession(ctx, session.sessionId, 'logout', session.staff, { ip: clientOf(c, ctx.security.options).ip });
    const cookie = cookieOptions(c);
    deleteCookie(c, cookie.name, cookie.options);
    return c.body(null, 204);
  });

  // Any signed-in role may see and end its own sessions.
  const signedIn = requireStaff(ctx, ['staff', 'manager', 'translator']);
  app.use('/api/auth/sessions', signedIn);
  app.use('/api/auth/sessions/*', signedIn);
  const self = (c: Context<AuthEnv>) => ({ staffId: c.var.session.staff.id, role: c.var.session.staff.role, currentSessionId: c.var.session.sessionId });
  app.get('/api/auth/sessions', async (c) => c.json({ sessions: await listSessions(ctx, c.var.session.staff.id, c.var.session.sessionId) }));
  app.post('/api/auth/sessions/end-others', async (c) => c.json({ ended: await endOtherSessions(ctx, self(c)) }));
  app.post('/api/auth/sessions/:id/end', async (c) => {
    const handle = c.req.param('id');
    if (!/^[0-9a-f]{16}$/.test(handle) || !await endOwnSession(ctx, self(c), handle)) return c.json({ error: 'No other session of yours with that id.' }, 404);
    return c.json({ ended: 1 });
  });
  return app;
}

import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '../app-context.js';
import { destroySession, findSession, isSameOrigin, LoginRefusedError, logIn, publicStaff, SESSION_COOKIE } from '../auth/index.js';
import { LoginBody } from '../protocol/index.js';
import { parseJson } from './parse-json.js';

export function authRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.post('/api/auth/login', async (c) => {
    if (!isSameOrigin(c.req.header('origin'), c.req.header('host'))) return c.json({ error: 'Cross-site login refused.' }, 403);
    const body = await parseJson(c, LoginBody);
    if (!body.ok) return body.response;
    try {
      const { account, cookieValue, csrfToken } = await logIn(ctx.db, body.data.username, body.data.password, ctx.now());
      setCookie(c, SESSION_COOKIE, cookieValue, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: new URL(c.req.url).protocol === 'https:',
        path: '/',
        maxAge: 10 * 3600,
      });
      return c.json({ staff: publicStaff(account), csrfToken });
    } catch (error) {
      if (!(error instanceof LoginRefusedError)) throw error;
      return c.json({ error: error.message }, error.reason === 'too-many-attempts' ? 429 : 401);
    }
  });
  app.get('/api/auth/session', (c) => {
    const session = findSession(ctx.db, getCookie(c, SESSION_COOKIE), ctx.now());
    if (!session) return c.json({ error: 'Not signed in.' }, 401);
    return c.json({ staff: publicStaff(session.staff), csrfToken: session.csrfToken });
  });
  app.post('/api/auth/logout', (c) => {
    const session = findSession(ctx.db, getCookie(c, SESSION_COOKIE), ctx.now());
    if (session && c.req.header('x-csrf-token') !== session.csrfToken) return c.json({ error: 'Missing or wrong CSRF token.' }, 403);
    if (session) {
      destroySession(ctx.db, session.sessionId);
      ctx.bus.publish('session.ended', session.sessionId);
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  return app;
}

import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppContext } from '../app-context.js';
import { authRoutes } from './auth-routes.js';
import { callbackRoutes } from './callback-routes.js';
import { checkHost } from './check-host.js';
import { enquiryRoutes } from './enquiry-routes.js';
import { managerRoutes } from './manager-routes.js';
import { limitAnonymous } from './limit-anonymous.js';
import { limitBodies } from './limit-body.js';
import { localeRoutes } from './locale-routes.js';
import { staticRoutes } from './static-routes.js';
import { urgentLaneRoutes } from './urgent-lane-routes.js';

/** The HTTP surface: thin routes mounted by resource. */
export function createApp(ctx: AppContext): Hono {
  const app = new Hono();
  app.use(checkHost(ctx));
  app.use(limitBodies());
  const anonymous = limitAnonymous(ctx);
  for (const path of ['/api/languages', '/locales/*', '/api/auth/login', '/api/auth/session']) app.use(path, anonymous);
  // Families are often on mobile data: the widget bundle and translations go out compressed.
  app.use(compress());
  app.get('/healthz', (c) => {
    ctx.db.$client.prepare('select 1').get();
    return c.json({ ok: true });
  });
  app.route('/', staticRoutes());
  app.route('/', localeRoutes(ctx));
  app.route('/', authRoutes(ctx));
  app.route('/', callbackRoutes(ctx));
  app.route('/', enquiryRoutes(ctx));
  app.route('/', managerRoutes(ctx));
  app.route('/', urgentLaneRoutes(ctx));
  app.onError((error, c) => {
    console.error('request failed', error);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}

import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppContext } from '../app-context.js';
import { healthRoutes } from '../health/index.js';
import { respondToError } from './error-response.js';
import { requestLog } from '../logging/index.js';
import { clientOf } from '../security/client-of.js';
import { openApiRoutes } from '../openapi/index.js';
import { authRoutes } from './auth-routes.js';
import { callbackRoutes } from './callback-routes.js';
import { checkHost } from './check-host.js';
import { directoryPageRoutes } from './directory-page-routes.js';
import { directoryRoutes } from './directory-routes.js';
import { conversationRoutes } from './conversation-routes.js';
import { embedCors } from './embed-cors.js';
import { enquiryRoutes } from './enquiry-routes.js';
import { managerRoutes } from './manager-routes.js';
import { scorecardRoutes } from './scorecard-routes.js';
import { openReferralRoutes } from './open-referral-routes.js';
import { retentionRoutes } from './retention-routes.js';
import { limitAnonymous } from './limit-anonymous.js';
import { limitBodies } from './limit-body.js';
import { localeRoutes } from './locale-routes.js';
import { securityHeaders } from './security-headers.js';
import { staticRoutes } from './static-routes.js';
import { translationRoutes } from './translation-routes.js';
import { urgentLaneRoutes } from './urgent-lane-routes.js';

/** The HTTP surface: thin routes mounted by resource. */
export function createApp(ctx: AppContext): Hono {
  const app = new Hono();
  // Every response, refusals included, carries a request id and the deliberate security headers.
  app.use(requestLog(ctx.log));
  app.use(securityHeaders({ overTls: (c) => clientOf(c, ctx.security.options).secure }));
  app.use(checkHost(ctx));
  app.use(limitBodies());
  app.use('/locales/*', embedCors(ctx.embedOrigins));
  app.use('/api/languages', embedCors(ctx.embedOrigins));
  const anonymous = limitAnonymous(ctx);
  for (const path of ['/api/languages', '/locales/*', '/api/auth/login', '/api/auth/session']) app.use(path, anonymous);
  // Families are often on mobile data: the widget bundle and translations go out compressed.
  app.use(compress());
  app.route('/', healthRoutes(ctx));
  app.route('/', openApiRoutes());
  app.route('/', staticRoutes());
  app.route('/', localeRoutes(ctx));
  app.route('/', authRoutes(ctx));
  app.route('/', callbackRoutes(ctx));
  app.route('/', enquiryRoutes(ctx));
  app.route('/', managerRoutes(ctx));
  app.route('/', scorecardRoutes(ctx));
  app.route('/', retentionRoutes(ctx));
  app.route('/', urgentLaneRoutes(ctx));
  app.route('/', translationRoutes(ctx));
  app.route('/', openReferralRoutes(ctx));
  app.route('/', directoryRoutes(ctx));
  app.route('/', directoryPageRoutes(ctx));
  app.route('/', conversationRoutes(ctx));
  app.onError(respondToError);
  return app;
}

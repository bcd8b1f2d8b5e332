import { Hono } from 'hono';
import type { AppContext } from '../app-context.js';
import { requireStaff, type AuthEnv } from '../auth/index.js';
import { loadScorecardTargets, viewScorecard } from '../measures/index.js';
import { ScorecardQuery } from '../protocol/scorecard-query.js';
import { parseQuery } from './parse-query.js';

/** GET /api/manager/scorecard: the Early Help scorecard, for the console and a council's own reporting. */
export function scorecardRoutes(ctx: AppContext, targets = loadScorecardTargets()): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('/api/manager/scorecard', requireStaff(ctx, ['manager']));
  app.get('/api/manager/scorecard', async (c) => {
    const query = parseQuery(c, ScorecardQuery);
    if (!query.ok) return query.response;
    return c.json(await viewScorecard({ ctx, actor: c.var.session.staff, input: query.data, targets }));
  });
  return app;
}

import { z } from 'zod';
import { DateRangeQuery } from './enquiry-bodies.js';
import { LOCALITIES } from './vocabulary.js';

/** Two years is the longest range a scorecard reads: enough for a year on year, bounded for the server. */
export const SCORECARD_MAX_DAYS = 731;

const { from, to } = DateRangeQuery.shape;

/** GET /api/manager/scorecard: dates (inclusive, hubs' time zone), one hub or all, weekly or monthly series. */
export const ScorecardQuery = z
  .object({
    from,
    to,
    hub: z.enum([...LOCALITIES, 'unknown', 'all']).default('all'),
    interval: z.enum(['week', 'month']).default('week'),
  })
  .refine((q) => q.from <= q.to, { message: '`from` must not be after `to`.', path: ['to'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < SCORECARD_MAX_DAYS, {
    message: `A scorecard covers at most ${SCORECARD_MAX_DAYS} days.`,
    path: ['to'],
  });
export type ScorecardQuery = z.infer<typeof ScorecardQuery>;

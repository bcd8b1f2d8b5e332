import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { ForbiddenError } from '../domain-errors.js';
import { parseInput } from '../enquiries/parse-input.js';
import { visibleQueues } from '../handoff/staff-actor.js';
import { ScorecardQuery } from '../protocol/scorecard-query.js';
import { computeScorecard, HUB_KEYS, type Scorecard } from './compute-scorecard.js';
import { loadMeasureRecords } from './load-measure-records.js';
import type { HubKey } from './measure-records.js';
import type { Target } from './scorecard-targets.js';

/**
 * The Early Help scorecard for the hubs the reader may see. Managers see every hub; the rule
 * lives in visibleQueues, so if managers are ever limited to some hubs this narrows with it.
 * Reading it is audited, as every manager report is.
 */
export async function viewScorecard({
  ctx,
  actor,
  input,
  targets,
}: {
  ctx: AppContext;
  actor: StaffRow;
  input: unknown;
  targets: readonly Target[];
}): Promise<Scorecard> {
  if (actor.role !== 'manager') throw new ForbiddenError('Only managers see the scorecard.');
  const query = parseInput(ScorecardQuery, input);
  const visible = visibleQueues(actor);
  const mayRead = (hub: HubKey) => visible === 'all' || visible.includes(hub === 'unknown' ? 'shared' : hub);
  if (query.hub !== 'all' && !mayRead(query.hub)) throw new ForbiddenError('That hub is not one you can see.');
  if (query.hub === 'all' && visible !== 'all') throw new ForbiddenError('Choose one of your hubs.');
  const hubs = query.hub === 'all' ? HUB_KEYS.filter(mayRead) : [query.hub];
  return ctx.store.transaction(async (tx) => {
    const records = await loadMeasureRecords(tx, query, ctx.hubs);
    const period = `${query.from}..${query.to}`;
    await recordAudit(tx, actor, 'scorecard.viewed', { type: 'scorecard', id: period }, ctx.now(), { hub: query.hub, contacts: records.contacts.length });
    return computeScorecard(records, { ...query, hubs, now: ctx.now().toISOString(), config: ctx.hubs, targets });
  });
}

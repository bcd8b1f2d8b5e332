import { asc, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import type { StaffRow } from '../auth/index.js';
import { safeguardingAlerts } from '../db/tables.js';
import type { SafeguardingSeverity, UrgentAlert } from '../protocol/index.js';
import { compareSeverity } from '../safeguarding/index.js';
import { canSeeAlert } from './alert-access.js';
import { alertView } from './alert-view.js';

/** Open alerts this person may see: most urgent card first, then longest waiting. */
export async function listOpenAlerts(ctx: AppContext, actor: StaffRow): Promise<UrgentAlert[]> {
  const rows = await ctx.db.select().from(safeguardingAlerts).where(isNull(safeguardingAlerts.acknowledgedAt)).orderBy(asc(safeguardingAlerts.raisedAt));
  const views = [];
  for (const row of rows) {
    const view = await alertView(ctx, row);
    if (view) views.push(view);
  }
  return views
    .filter((alert) => canSeeAlert(actor, alert.locality))
    .sort((a, b) => compareSeverity(a.severity as SafeguardingSeverity, b.severity as SafeguardingSeverity) || a.raisedAt.localeCompare(b.raisedAt));
}

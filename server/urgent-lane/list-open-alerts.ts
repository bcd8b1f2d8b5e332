import { asc, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import type { StaffRow } from '../auth/index.js';
import { safeguardingAlerts } from '../db/schema.js';
import type { SafeguardingSeverity, UrgentAlert } from '../protocol/index.js';
import { compareSeverity } from '../safeguarding/index.js';
import { canSeeAlert } from './alert-access.js';
import { alertView } from './alert-view.js';

/** Open alerts this person may see: most urgent card first, then longest waiting. */
export function listOpenAlerts(ctx: AppContext, actor: StaffRow): UrgentAlert[] {
  return ctx.db
    .select()
    .from(safeguardingAlerts)
    .where(isNull(safeguardingAlerts.acknowledgedAt))
    .orderBy(asc(safeguardingAlerts.raisedAt))
    .all()
    .flatMap((row) => alertView(ctx, row) ?? [])
    .filter((alert) => canSeeAlert(actor, alert.locality))
    .sort((a, b) => compareSeverity(a.severity as SafeguardingSeverity, b.severity as SafeguardingSeverity) || a.raisedAt.localeCompare(b.raisedAt));
}

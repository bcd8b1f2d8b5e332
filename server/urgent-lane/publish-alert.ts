import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { safeguardingAlerts } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import type { AcknowledgedAlert } from '../protocol/index.js';
import { alertView } from './alert-view.js';

/** After commit: the raised (or updated) alert goes to every console; each socket scopes it. */
export async function publishAlertRaised(ctx: AppContext, alertId: string): Promise<void> {
  const row = firstRow(await ctx.db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.id, alertId)).limit(1));
  const view = row && await alertView(ctx, row);
  if (view) ctx.bus.publish('urgent.raised', view);
}

export async function publishAlertAcknowledged(ctx: AppContext, acknowledged: AcknowledgedAlert): Promise<void> {
  const row = firstRow(await ctx.db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.id, acknowledged.alertId)).limit(1));
  if (!row) return;
  const view = await alertView(ctx, row);
  if (view) ctx.bus.publish('urgent.acknowledged', acknowledged, view.locality);
}

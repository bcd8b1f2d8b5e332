import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { safeguardingAlerts } from '../db/schema.js';
import type { AcknowledgedAlert } from '../protocol/index.js';
import { alertView } from './alert-view.js';

/** After commit: the raised (or updated) alert goes to every console; each socket scopes it. */
export function publishAlertRaised(ctx: AppContext, alertId: string): void {
  const row = ctx.db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.id, alertId)).get();
  const view = row && alertView(ctx, row);
  if (view) ctx.bus.publish('urgent.raised', view);
}

export function publishAlertAcknowledged(ctx: AppContext, acknowledged: AcknowledgedAlert): void {
  const row = ctx.db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.id, acknowledged.alertId)).get();
  if (!row) return;
  const view = alertView(ctx, row);
  if (view) ctx.bus.publish('urgent.acknowledged', acknowledged, view.locality);
}

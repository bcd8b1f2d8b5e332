import type { AppContext } from '../app-context.js';
import type { StaffRow } from '../auth/index.js';
import type { StaffServerFrame } from '../protocol/index.js';
import { canSeeAlert } from './alert-access.js';
import { listOpenAlerts } from './list-open-alerts.js';

/**
 * The urgent lane of one staff socket: the open alerts this person may see now (so someone who
 * signs in later sees every family still waiting for a response), then live raises and
 * acknowledgements, each scoped by the one access rule. Returns the unsubscribe function.
 */
export async function subscribeUrgentLane(ctx: AppContext, actor: StaffRow, reply: (frame: StaffServerFrame) => void): Promise<() => void> {
  reply({ type: 'urgent.snapshot', alerts: await listOpenAlerts(ctx, actor) });
  const stops = [
    ctx.bus.subscribe('urgent.raised', (alert) => {
      if (canSeeAlert(actor, alert.locality)) reply({ type: 'urgent.raised', alert });
    }),
    ctx.bus.subscribe('urgent.acknowledged', (acknowledged, locality) => {
      if (canSeeAlert(actor, locality)) reply({ type: 'urgent.acknowledged', acknowledged });
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

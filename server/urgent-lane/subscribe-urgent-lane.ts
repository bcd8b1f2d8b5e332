import type { AppContext } from '../app-context.js';
import type { StaffRow } from '../auth/index.js';
import type { StaffServerFrame } from '../protocol/index.js';
import { canSeeAlert } from './alert-access.js';
import { listOpenAlerts } from './list-open-alerts.js';

/**
 * The urgent lane of one staff socket: the open alerts this person may see now (so someone who
 * signs in later sees every family still waiting for a response), then live raises and
 * acknowledgements, each scoped by the one access rule. Returns the unsubscribe function.
 *
 * It subscribes before it lists, and every task goes through the socket's `inOrder` queue: an alert
 * raised or acknowledged while the list is being read is sent after the snapshot, never lost
 * between the two.
 */
export function subscribeUrgentLane(
  ctx: AppContext,
  actor: StaffRow,
  reply: (frame: StaffServerFrame) => void,
  inOrder: (task: () => Promise<void> | void) => void,
): () => void {
  const stops = [
    ctx.bus.subscribe('urgent.raised', (alert) =>
      inOrder(() => {
        if (canSeeAlert(actor, alert.locality)) reply({ type: 'urgent.raised', alert });
      }),
    ),
    ctx.bus.subscribe('urgent.acknowledged', (acknowledged, locality) =>
      inOrder(() => {
        if (canSeeAlert(actor, locality)) reply({ type: 'urgent.acknowledged', acknowledged });
      }),
    ),
  ];
  inOrder(async () => reply({ type: 'urgent.snapshot', alerts: await listOpenAlerts(ctx, actor) }));
  return () => {
    for (const stop of stops) stop();
  };
}

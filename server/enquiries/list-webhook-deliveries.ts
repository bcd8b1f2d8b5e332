import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import { staffNames, type StaffRow } from '../auth/index.js';
import { webhookDeliveries } from '../db/tables.js';
import { ForbiddenError } from '../domain-errors.js';
import type { WebhookDeliveryView } from '../protocol/enquiry-bodies.js';

const LOG_LIMIT = 500;

/**
 * The delivery log for managers: what was sent to the case system, how many tries, what came back.
 * Payloads are left out: they hold what families told us, and the log is for checking delivery.
 */
export async function listWebhookDeliveries({
  ctx,
  actor,
  status,
}: {
  ctx: AppContext;
  actor: StaffRow;
  status?: WebhookDeliveryView['status'] | undefined;
}): Promise<WebhookDeliveryView[]> {
  if (actor.role !== 'manager') throw new ForbiddenError('Only managers see the webhook delivery log.');
  return ctx.store.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: webhookDeliveries.id,
        enquiryId: webhookDeliveries.enquiryId,
        eventType: webhookDeliveries.eventType,
        status: webhookDeliveries.status,
        attempts: webhookDeliveries.attempts,
        nextAttemptAt: webhookDeliveries.nextAttemptAt,
        lastStatusCode: webhookDeliveries.lastStatusCode,
        lastError: webhookDeliveries.lastError,
        createdAt: webhookDeliveries.createdAt,
        deliveredAt: webhookDeliveries.deliveredAt,
        payload: webhookDeliveries.payload,
      })
      .from(webhookDeliveries)
      .where(status ? eq(webhookDeliveries.status, status) : undefined)
      .orderBy(desc(webhookDeliveries.createdAt))
      .limit(LOG_LIMIT);
    await recordAudit(tx, actor, 'webhook-deliveries.viewed', { type: 'webhook-deliveries', id: status ?? 'all' }, ctx.now(), { count: rows.length });
    // The payload stays out of the log; only who caused the event is read from it.
    const actors = rows.map((r) => actorOf(r.payload));
    const names = await staffNames(tx, actors.flatMap((id) => (id ? [id] : [])));
    return rows.map(({ payload: _payload, ...row }, i) => {
      const who = names.get(actors[i] ?? '');
      return who ? { ...row, byName: who.name, byRole: who.role } : row;
    });
  });
}

function actorOf(payload: string): string | null {
  try {
    const data = (JSON.parse(payload) as { data?: { by?: unknown; createdBy?: unknown } }).data;
    const id = data?.by ?? data?.createdBy;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
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
      })
      .from(webhookDeliveries)
      .where(status ? eq(webhookDeliveries.status, status) : undefined)
      .orderBy(desc(webhookDeliveries.createdAt))
      .limit(LOG_LIMIT);
    await recordAudit(tx, actor, 'webhook-deliveries.viewed', { type: 'webhook-deliveries', id: status ?? 'all' }, ctx.now(), { count: rows.length });
    return rows;
  });
}

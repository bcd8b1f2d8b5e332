import type { AppContext } from '../app-context.js';
import { orderedId, type Tx } from '../db/index.js';
import { webhookDeliveries } from '../db/tables.js';
import type { WebhookTarget } from '../enquiries/index.js';

/** SAFEGUARDING_WEBHOOK_URL / _SECRET, else the enquiry webhook; consoleUrl prefixes the link. */
export interface SafeguardingWebhookTarget extends WebhookTarget {
  consoleUrl?: string;
}

export const ALERT_RAISED_EVENT = 'safeguarding.alert_raised';

interface RaisedAlert {
  id: string;
  conversationId: string;
  locality: string;
  severity: string;
  category: string | null;
  raisedAt: string;
}

/**
 * Queues the out-of-hours notice for the Emergency Duty Team on the shared Standard Webhooks
 * delivery log (sent by the dispatcher for `safeguarding.` events). Data minimisation: ids, card,
 * category, locality, time and a console link only, never the family's words; the team signs in
 * to read them. The delivery row's subject column holds the alert id.
 */
export async function queueAlertWebhook(ctx: AppContext, tx: Tx, alert: RaisedAlert): Promise<void> {
  const target = ctx.safeguardingWebhook;
  if (!target) return;
  const data = {
    alertId: alert.id,
    conversationId: alert.conversationId,
    card: alert.severity,
    category: alert.category,
    locality: alert.locality,
    raisedAt: alert.raisedAt,
    consoleLink: `${target.consoleUrl ?? ''}/console#/conversations/${alert.conversationId}`,
  };
  await tx.insert(webhookDeliveries).values({
    id: `msg_${orderedId()}`,
    enquiryId: alert.id,
    eventType: ALERT_RAISED_EVENT,
    payload: JSON.stringify({ type: ALERT_RAISED_EVENT, timestamp: alert.raisedAt, data }),
    status: 'pending',
    nextAttemptAt: alert.raisedAt,
    createdAt: alert.raisedAt,
  });
}

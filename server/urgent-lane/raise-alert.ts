import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { conversations, safeguardingAlerts, type safeguardingTriggers } from '../db/schema.js';
import type { SafeguardingSeverity } from '../protocol/index.js';
import { compareSeverity } from '../safeguarding/index.js';
import { alertLocality } from './alert-view.js';
import { queueAlertWebhook } from './queue-alert-webhook.js';

type TriggerRow = typeof safeguardingTriggers.$inferInsert & { id: string };

export interface RaiseAlertInput {
  conversationId: string;
  /** The most urgent trigger of this turn, already stored. */
  trigger: TriggerRow;
  outOfHours: boolean;
  now: Date;
}

/**
 * Opens the conversation's alert, or updates its open one (no duplicates): the card becomes the
 * more urgent of the two and the count and last time move on. Call inside the transaction that
 * stored the trigger. A new alert out of hours is queued for the safeguarding webhook in the same
 * transaction, so the Emergency Duty Team's copy cannot be lost between commit and send.
 */
export function raiseAlert(ctx: AppContext, { conversationId, trigger, outOfHours, now }: RaiseAlertInput): string {
  const at = now.toISOString();
  const conversation = ctx.db.select({ locality: conversations.locality }).from(conversations).where(eq(conversations.id, conversationId)).get();
  const locality = alertLocality(conversation?.locality ?? 'any');
  const open = ctx.db
    .select()
    .from(safeguardingAlerts)
    .where(and(eq(safeguardingAlerts.conversationId, conversationId), isNull(safeguardingAlerts.acknowledgedAt)))
    .get();
  if (open) {
    const moreUrgent = compareSeverity(trigger.severity as SafeguardingSeverity, open.severity as SafeguardingSeverity) < 0;
    ctx.db
      .update(safeguardingAlerts)
      .set({
        locality,
        triggerCount: open.triggerCount + 1,
        lastTriggerAt: at,
        ...(moreUrgent ? { severity: trigger.severity, category: trigger.category ?? null } : {}),
      })
      .where(eq(safeguardingAlerts.id, open.id))
      .run();
    return open.id;
  }
  const alert = {
    id: crypto.randomUUID(),
    conversationId,
    locality,
    severity: trigger.severity,
    category: trigger.category ?? null,
    firstTriggerId: trigger.id,
    triggerCount: 1,
    outOfHours,
    raisedAt: at,
    lastTriggerAt: at,
  };
  ctx.db.insert(safeguardingAlerts).values(alert).run();
  if (outOfHours) queueAlertWebhook(ctx, alert);
  return alert.id;
}

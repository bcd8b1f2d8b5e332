import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import type { Tx } from '../db/index.js';
import { conversations, safeguardingAlerts, type safeguardingTriggers } from '../db/tables.js';
import { firstRow } from '../db/index.js';
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
export async function raiseAlert(ctx: AppContext, tx: Tx, { conversationId, trigger, outOfHours, now }: RaiseAlertInput): Promise<string> {
  const at = now.toISOString();
  const conversation = firstRow(await tx.select({ locality: conversations.locality }).from(conversations).where(eq(conversations.id, conversationId)).limit(1));
  const locality = alertLocality(conversation?.locality ?? 'any');
  const open = firstRow(
    await tx
      .select()
      .from(safeguardingAlerts)
      .where(and(eq(safeguardingAlerts.conversationId, conversationId), isNull(safeguardingAlerts.acknowledgedAt)))
      .limit(1),
  );
  if (open) {
    const moreUrgent = compareSeverity(trigger.severity as SafeguardingSeverity, open.severity as SafeguardingSeverity) < 0;
    await tx
      .update(safeguardingAlerts)
      .set({
        locality,
        triggerCount: open.triggerCount + 1,
        lastTriggerAt: at,
        ...(moreUrgent ? { severity: trigger.severity, category: trigger.category ?? null } : {}),
      })
      .where(eq(safeguardingAlerts.id, open.id));
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
  await tx.insert(safeguardingAlerts).values(alert);
  if (outOfHours) await queueAlertWebhook(ctx, tx, alert);
  return alert.id;
}

import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { conversations, safeguardingAlerts } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../domain-errors.js';
import { AcknowledgeAlertBody, type AcknowledgedAlert } from '../protocol/index.js';
import { assertCanSeeAlert } from './alert-access.js';
import { alertLocality } from './alert-view.js';

/**
 * A person takes responsibility for an alert and records what they did. The alert leaves every
 * console's urgent lane at once (publishAlertAcknowledged after commit); the audit entry keeps
 * who, what, why and how long after the first trigger it was.
 */
export async function acknowledgeAlert({
  ctx,
  actor,
  alertId,
  input,
}: {
  ctx: AppContext;
  actor: StaffRow;
  alertId: string;
  input: unknown;
}): Promise<AcknowledgedAlert> {
  const parsed = AcknowledgeAlertBody.safeParse(input);
  if (!parsed.success) throw new UnprocessableError(parsed.error.issues.map((i) => i.message).join(' '));
  const { action, reason } = parsed.data;
  return ctx.store.transaction(async (tx) => {
    const found = firstRow(
      await tx
        .select({ alert: safeguardingAlerts, locality: conversations.locality })
        .from(safeguardingAlerts)
        .innerJoin(conversations, eq(conversations.id, safeguardingAlerts.conversationId))
        .where(eq(safeguardingAlerts.id, alertId))
        .limit(1),
    );
    if (!found) throw new NotFoundError('safeguarding alert');
    assertCanSeeAlert(actor, alertLocality(found.locality));
    if (found.alert.acknowledgedAt) throw new ConflictError('Someone has already acknowledged this alert.');
    const now = ctx.now();
    const at = now.toISOString();
    await tx
      .update(safeguardingAlerts)
      .set({ acknowledgedBy: actor.id, acknowledgedAt: at, action, reason: reason ?? null })
      .where(and(eq(safeguardingAlerts.id, alertId), isNull(safeguardingAlerts.acknowledgedAt)));
    const secondsToAcknowledge = Math.round((now.getTime() - Date.parse(found.alert.raisedAt)) / 1000);
    await recordAudit(tx, actor, 'safeguarding.alert.acknowledged', { type: 'safeguarding-alert', id: alertId }, now, {
      conversationId: found.alert.conversationId,
      action,
      ...(reason ? { reason } : {}),
      secondsToAcknowledge,
    });
    return { alertId, conversationId: found.alert.conversationId, action, by: actor.id, byName: actor.displayName, at };
  });
}

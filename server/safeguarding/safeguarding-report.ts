import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { callbacks, conversations, enquiries, handoffs, safeguardingAlerts, safeguardingTriggers, staff } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import { localDayRange } from '../enquiries/local-day-range.js';
import type { SafeguardingReport, SafeguardingReportRow } from '../protocol/index.js';
import { triggerWords } from '../urgent-lane/alert-view.js';

type TriggerRow = typeof safeguardingTriggers.$inferSelect;
type AlertRow = typeof safeguardingAlerts.$inferSelect & { acknowledgedByName: string | null };

/**
 * Every trigger in a date range with what followed it, for safeguarding leads reviewing that no
 * family who signalled danger was left without a response. A message that matched several rules is
 * one row (its rows are stored most urgent first). Reading it is audited.
 */
export async function safeguardingReport({
  ctx,
  actor,
  range,
}: {
  ctx: AppContext;
  actor: StaffRow;
  range: { from: string; to: string };
}): Promise<SafeguardingReport> {
  const { start, end } = localDayRange(range, ctx.hubs.timezone);
  const rows = await ctx.db
    .select({ trigger: safeguardingTriggers, language: conversations.language })
    .from(safeguardingTriggers)
    .innerJoin(conversations, eq(conversations.id, safeguardingTriggers.conversationId))
    .where(and(gte(safeguardingTriggers.at, start), lt(safeguardingTriggers.at, end)))
    .orderBy(asc(safeguardingTriggers.at), asc(safeguardingTriggers.id));
  const groups = new Map<string, { first: TriggerRow; all: TriggerRow[]; language: string }>();
  for (const { trigger, language } of rows) {
    const key = trigger.messageId ?? trigger.id;
    const group = groups.get(key);
    if (group) group.all.push(trigger);
    else groups.set(key, { first: trigger, all: [trigger], language });
  }
  const alerts = await alertsOf(ctx, [...new Set(rows.map((r) => r.trigger.conversationId))]);
  const triggers = [];
  for (const { first, all, language } of groups.values()) triggers.push(await reportRow(ctx, first, all, language, alerts));
  const raised = alerts.filter((a) => a.raisedAt >= start && a.raisedAt < end);
  const waits = raised.flatMap((a) => (a.acknowledgedAt ? [secondsBetween(a.raisedAt, a.acknowledgedAt)] : []));
  await ctx.store.transaction((tx) =>
    recordAudit(tx, actor, 'safeguarding.report.viewed', { type: 'report', id: `${range.from}..${range.to}` }, ctx.now(), { rows: triggers.length }),
  );
  return { triggers, alertsRaised: raised.length, alertsAcknowledged: waits.length, medianSecondsToAcknowledge: median(waits) };
}

async function reportRow(ctx: AppContext, trigger: TriggerRow, all: TriggerRow[], language: string, alerts: AlertRow[]): Promise<SafeguardingReportRow> {
  const handoff = firstRow(
    await ctx.db
      .select({ handoff: handoffs, name: staff.displayName })
      .from(handoffs)
      .leftJoin(staff, eq(staff.id, handoffs.claimedBy))
      .where(eq(handoffs.conversationId, trigger.conversationId))
      .orderBy(asc(handoffs.requestedAt))
      .limit(1),
  );
  const callback = firstRow(await ctx.db.select({ id: callbacks.id }).from(callbacks).where(eq(callbacks.conversationId, trigger.conversationId)).limit(1));
  const enquiry = firstRow(
    await ctx.db.select({ reference: enquiries.reference }).from(enquiries).where(eq(enquiries.conversationId, trigger.conversationId)).limit(1),
  );
  const claimedAt = handoff?.handoff.claimedAt;
  const opened = alerts.find((a) => all.some((t) => t.id === a.firstTriggerId));
  // A later trigger belongs to the alert that was open when it came.
  const alert =
    opened ??
    alerts.find(
      (a) => a.conversationId === trigger.conversationId && a.raisedAt <= trigger.at && (a.acknowledgedAt === null || trigger.at <= a.acknowledgedAt),
    );
  return {
    at: trigger.at,
    conversationId: trigger.conversationId,
    severity: trigger.severity,
    categories: [...new Set(all.flatMap((t) => (t.category ? [t.category] : [])))],
    phraseLanguage: trigger.language,
    conversationLanguage: language,
    source: all.some((t) => t.matchedText !== null) ? 'words' : 'choice',
    words: await triggerWords(ctx, trigger),
    nodeId: trigger.nodeId,
    outOfHours: trigger.outOfHours,
    handoffRequestedAt: handoff?.handoff.requestedAt ?? null,
    pickedUpBy: handoff?.name ?? null,
    minutesToPickUp: claimedAt ? Math.round((Date.parse(claimedAt) - Date.parse(trigger.at)) / 60_000) : null,
    callbackRequested: callback !== undefined,
    enquiryReference: enquiry?.reference ?? null,
    opensAlert: opened !== undefined,
    acknowledgedAt: alert?.acknowledgedAt ?? null,
    acknowledgedBy: alert?.acknowledgedByName ?? null,
    action: alert?.action ?? null,
    reason: alert?.reason ?? null,
    secondsToAcknowledge: opened?.acknowledgedAt ? secondsBetween(opened.raisedAt, opened.acknowledgedAt) : null,
  };
}

async function alertsOf(ctx: AppContext, conversationIds: string[]): Promise<AlertRow[]> {
  if (conversationIds.length === 0) return [];
  return (
    await ctx.db
      .select({ alert: safeguardingAlerts, name: staff.displayName })
      .from(safeguardingAlerts)
      .leftJoin(staff, eq(staff.id, safeguardingAlerts.acknowledgedBy))
      .where(inArray(safeguardingAlerts.conversationId, conversationIds))
  ).map(({ alert, name }) => ({ ...alert, acknowledgedByName: name }));
}

function secondsBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 1000);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

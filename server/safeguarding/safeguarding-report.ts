import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { callbacks, conversations, enquiries, handoffs, safeguardingTriggers, staff } from '../db/schema.js';
import { localDayRange } from '../enquiries/local-day-range.js';
import type { SafeguardingReportRow } from '../protocol/index.js';


/**
 * Every trigger in a date range with what followed it, for safeguarding leads reviewing that no
 * family who signalled danger was left without a response. Reading it is audited.
 */
export function safeguardingReport({ ctx, actor, range }: { ctx: AppContext; actor: StaffRow; range: { from: string; to: string } }): SafeguardingReportRow[] {
  const { start, end } = localDayRange(range, ctx.hubs.timezone);
  const triggers = ctx.db
    .select({ trigger: safeguardingTriggers, language: conversations.language })
    .from(safeguardingTriggers)
    .innerJoin(conversations, eq(conversations.id, safeguardingTriggers.conversationId))
    .where(and(gte(safeguardingTriggers.at, start), lt(safeguardingTriggers.at, end)))
    .orderBy(asc(safeguardingTriggers.at))
    .all();
  recordAudit(ctx.db, actor, 'safeguarding.report.viewed', { type: 'report', id: `${range.from}..${range.to}` }, ctx.now(), { rows: triggers.length });
  return triggers.map(({ trigger, language }) => {
    const handoff = ctx.db
      .select({ handoff: handoffs, name: staff.displayName })
      .from(handoffs)
      .leftJoin(staff, eq(staff.id, handoffs.claimedBy))
      .where(eq(handoffs.conversationId, trigger.conversationId))
      .orderBy(asc(handoffs.requestedAt))
      .get();
    const callback = ctx.db.select({ id: callbacks.id }).from(callbacks).where(eq(callbacks.conversationId, trigger.conversationId)).get();
    const enquiry = ctx.db.select({ reference: enquiries.reference }).from(enquiries).where(eq(enquiries.conversationId, trigger.conversationId)).get();
    const claimedAt = handoff?.handoff.claimedAt;
    return {
      at: trigger.at,
      conversationId: trigger.conversationId,
      severity: trigger.severity,
      phraseLanguage: trigger.language,
      conversationLanguage: language,
      phrase: trigger.phrase,
      nodeId: trigger.nodeId,
      outOfHours: trigger.outOfHours,
      handoffRequestedAt: handoff?.handoff.requestedAt ?? null,
      pickedUpBy: handoff?.name ?? null,
      minutesToPickUp: claimedAt ? Math.round((Date.parse(claimedAt) - Date.parse(trigger.at)) / 60_000) : null,
      callbackRequested: callback !== undefined,
      enquiryReference: enquiry?.reference ?? null,
    };
  });
}

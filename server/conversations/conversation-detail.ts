import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { firstRow } from '../db/index.js';
import { consents, enquiries, handoffs, safeguardingAlerts, safeguardingTriggers } from '../db/tables.js';
import { NotFoundError } from '../domain-errors.js';
import { assertCanSeeConversation } from '../handoff/conversation-access.js';
import { ConcernSummary, type ConversationDetail } from '../protocol/index.js';
import { findConversation } from './conversation-record.js';
import { listMessages } from '../transcript/index.js';

/**
 * Everything the family already said, for the member of staff picking it up. Staff see families who
 * asked their hub (or the shared queue) for help; managers see all. Every view is audited.
 */
export async function conversationDetail({
  ctx,
  actor,
  conversationId,
}: {
  ctx: AppContext;
  actor: StaffRow;
  conversationId: string;
}): Promise<ConversationDetail> {
  return ctx.store.transaction(async (tx) => {
    const conversation = await findConversation(tx, conversationId);
    if (!conversation) throw new NotFoundError('conversation');
    await assertCanSeeConversation(tx, actor, conversationId);
    const handoff = firstRow(await tx.select().from(handoffs).where(eq(handoffs.conversationId, conversationId)).orderBy(desc(handoffs.requestedAt)).limit(1));
    const alert = firstRow(
      await tx
        .select({ id: safeguardingAlerts.id, acknowledgedAt: safeguardingAlerts.acknowledgedAt })
        .from(safeguardingAlerts)
        .where(eq(safeguardingAlerts.conversationId, conversationId))
        .orderBy(desc(safeguardingAlerts.raisedAt))
        .limit(1),
    );
    const consent = firstRow(await tx.select().from(consents).where(eq(consents.conversationId, conversationId)).orderBy(desc(consents.requestedAt)).limit(1));
    const enquiry = firstRow(await tx.select().from(enquiries).where(eq(enquiries.conversationId, conversationId)).limit(1));
    const triggers = await tx.select().from(safeguardingTriggers).where(eq(safeguardingTriggers.conversationId, conversationId));
    const messages = await listMessages(tx, conversationId);
    await recordAudit(tx, actor, 'conversation.viewed', { type: 'conversation', id: conversationId }, ctx.now());
    const summary = ConcernSummary.safeParse(conversation.summary);
    return {
      conversationId,
      language: conversation.language,
      ...(conversation.interpreterNeeded ? { interpreterNeeded: conversation.interpreterNeeded } : {}),
      summary: summary.success ? summary.data : { childAges: [], needs: [], locality: 'any' },
      urgent: conversation.urgent,
      ...(conversation.urgentReason ? { urgentReason: conversation.urgentReason } : {}),
      safeguarding: triggers.map((t) => ({
        severity: t.severity,
        phrase: t.phrase,
        at: t.at,
        category: t.category,
        messageId: t.messageId,
        start: t.matchStart,
        end: t.matchEnd,
      })),
      ...(alert && !alert.acknowledgedAt ? { alertId: alert.id } : {}),
      familyOnline: ctx.families.isOnline(conversationId),
      messages,
      ...(handoff
        ? { handoff: { id: handoff.id, status: handoff.status, locality: handoff.locality, ...(handoff.claimedBy ? { claimedBy: handoff.claimedBy } : {}) } }
        : {}),
      ...(consent ? { consent: { id: consent.id, ...(consent.answer ? { answer: consent.answer } : {}), withdrawn: consent.withdrawnAt !== null } } : {}),
      ...(enquiry ? { enquiryId: enquiry.id } : {}),
    };
  });
}

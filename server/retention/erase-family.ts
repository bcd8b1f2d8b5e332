import type { WebhookEventType } from '../openapi/webhook-events.js';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { firstRow, orderedId } from '../db/index.js';
import { conversations, erasures, webhookDeliveries } from '../db/tables.js';
import { ForbiddenError, NotFoundError } from '../domain-errors.js';
import type { EraseFamilyBody, ErasureView } from '../protocol/retention-bodies.js';
import { eraseConversationData } from './erase-conversation-data.js';

/** The webhook event telling the case system to erase its copy too. */
export const ENQUIRY_ERASED_EVENT = 'enquiry.erased' satisfies WebhookEventType;

/**
 * Erases a family's data on a manager's decision, with the reason recorded on the erasure. Kept
 * safeguarding records stay (access-restricted) and the erasure says why. The case system is told
 * to erase its copy of each enquiry. The audit entry carries ids and dates only: never the reason
 * or anything the family said.
 */
export async function eraseFamily({ ctx, actor, input }: { ctx: AppContext; actor: StaffRow; input: EraseFamilyBody }): Promise<ErasureView> {
  if (actor.role !== 'manager') throw new ForbiddenError('Only managers erase a family’s data.');
  const { conversationId, reason } = input;
  const erasure = await ctx.store.transaction(async (tx) => {
    if (!firstRow(await tx.select({ id: conversations.id }).from(conversations).where(eq(conversations.id, conversationId)).limit(1))) throw new NotFoundError('conversation');
    const now = ctx.now();
    const at = now.toISOString();
    const erased = await eraseConversationData(tx, conversationId, { keepSafeguarding: true });
    const id = orderedId();
    const row = { id, conversationId, enquiryReferences: erased.references, reason, erasedBy: actor.id, erasedAt: at, keptSafeguarding: erased.keptSafeguarding };
    await tx.insert(erasures).values(row);
    if (ctx.webhook) {
      for (const reference of erased.references) {
        await tx.insert(webhookDeliveries).values({
          id: `msg_${orderedId()}`,
          enquiryId: reference,
          eventType: ENQUIRY_ERASED_EVENT,
          payload: JSON.stringify({ type: ENQUIRY_ERASED_EVENT, timestamp: at, data: { reference, erasedAt: at } }),
          status: 'pending',
          nextAttemptAt: at,
          createdAt: at,
        });
      }
    }
    await recordAudit(tx, actor, 'family.erased', { type: 'conversation', id: conversationId }, now, { erasureId: id, keptSafeguarding: erased.keptSafeguarding, counts: erased.counts });
    return { ...row, keptReason: erased.keptSafeguarding ? ctx.retention.safeguarding.reason : null };
  });
  ctx.bus.publish('family.access.ended', conversationId);
  return erasure;
}

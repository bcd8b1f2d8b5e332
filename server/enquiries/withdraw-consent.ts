import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit, type AuditActor } from '../audit/index.js';
import { appendMessages, findByClientMessageId, publishCreated } from '../transcript/index.js';
import { consents, enquiries } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import { ConflictError, NotFoundError } from '../domain-errors.js';
import type { Message } from '../protocol/index.js';
import { recordEnquiryEvent } from './enquiry-events.js';

/**
 * Withdrawal, from the family's widget or recorded by staff after a phone call. From then on the
 * enquiry is marked withdrawn and nothing more is shared or exported.
 */
export async function withdrawConsent(
  ctx: AppContext,
  input: { conversationId: string; consentId: string; by: AuditActor | 'family'; clientMessageId?: string },
): Promise<{ stored?: Message }> {
  const result = await ctx.store.transaction(async (tx) => {
    if (input.clientMessageId) {
      const previous = await findByClientMessageId(tx, input.conversationId, input.clientMessageId);
      if (previous) return { stored: previous, created: [] as Message[], changed: false };
    }
    const consent = firstRow(
      await tx
        .select()
        .from(consents)
        .where(and(eq(consents.id, input.consentId), eq(consents.conversationId, input.conversationId)))
        .limit(1),
    );
    if (!consent) throw new NotFoundError('consent');
    // Withdrawing twice changes nothing: say so rather than post a second "you stopped sharing".
    if (consent.withdrawnAt) throw new ConflictError('Sharing was already stopped.');
    const now = ctx.now();
    const by = input.by === 'family' ? 'family' : input.by.id;
    await tx
      .update(consents)
      .set({ withdrawnAt: now.toISOString(), withdrawnBy: by })
      .where(and(eq(consents.id, consent.id), isNull(consents.withdrawnAt)));
    const enquiry = firstRow(await tx.select().from(enquiries).where(eq(enquiries.consentId, consent.id)).limit(1));
    if (enquiry && !enquiry.withdrawnAt) {
      await tx.update(enquiries).set({ withdrawnAt: now.toISOString() }).where(eq(enquiries.id, enquiry.id));
      await recordEnquiryEvent({ db: tx, webhook: ctx.webhook }, { enquiryId: enquiry.id, type: 'enquiry.consent_withdrawn', by, at: now });
    }
    if (input.by !== 'family')
      await recordAudit(tx, input.by, 'consent.withdrawn', { type: 'conversation', id: input.conversationId }, now, { consentId: consent.id });
    const [stored, ...created] = await appendMessages(
      tx,
      input.conversationId,
      [
        {
          author: input.by === 'family' ? 'family' : 'system',
          ...(input.clientMessageId ? { clientMessageId: input.clientMessageId } : {}),
          content: { kind: 'event', text: { key: 'consent:withdraw.done' } },
        },
      ],
      now,
    );
    return { stored: stored!, created, changed: true };
  });
  if (result.changed) publishCreated(ctx, [result.stored, ...result.created]);
  return { stored: result.stored };
}

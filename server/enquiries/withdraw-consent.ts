import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit, type AuditActor } from '../audit/index.js';
import { appendMessages, findByClientMessageId, publishCreated } from '../conversations/index.js';
import { consents, enquiries } from '../db/schema.js';
import { ConflictError, NotFoundError } from '../domain-errors.js';
import type { Message } from '../protocol/index.js';
import { recordEnquiryEvent } from './enquiry-events.js';

/**
 * Withdrawal, from the family's widget or recorded by staff after a phone call. From then on the
 * enquiry is marked withdrawn and nothing more is shared or exported.
 */
export function withdrawConsent(
  ctx: AppContext,
  input: { conversationId: string; consentId: string; by: AuditActor | 'family'; clientMessageId?: string },
): { stored?: Message } {
  const result = ctx.db.transaction(() => {
    if (input.clientMessageId) {
      const previous = findByClientMessageId(ctx.db, input.conversationId, input.clientMessageId);
      if (previous) return { stored: previous, created: [] as Message[], changed: false };
    }
    const consent = ctx.db
      .select()
      .from(consents)
      .where(and(eq(consents.id, input.consentId), eq(consents.conversationId, input.conversationId)))
      .get();
    if (!consent) throw new NotFoundError('consent');
    // Withdrawing twice changes nothing: say so rather than post a second "you stopped sharing".
    if (consent.withdrawnAt) throw new ConflictError('Sharing was already stopped.');
    const now = ctx.now();
    const by = input.by === 'family' ? 'family' : input.by.id;
    ctx.db
      .update(consents)
      .set({ withdrawnAt: now.toISOString(), withdrawnBy: by })
      .where(and(eq(consents.id, consent.id), isNull(consents.withdrawnAt)))
      .run();
    const enquiry = ctx.db.select().from(enquiries).where(eq(enquiries.consentId, consent.id)).get();
    if (enquiry && !enquiry.withdrawnAt) {
      ctx.db.update(enquiries).set({ withdrawnAt: now.toISOString() }).where(eq(enquiries.id, enquiry.id)).run();
      recordEnquiryEvent(ctx, { enquiryId: enquiry.id, type: 'enquiry.consent_withdrawn', by, at: now });
    }
    if (input.by !== 'family') recordAudit(ctx.db, input.by, 'consent.withdrawn', { type: 'conversation', id: input.conversationId }, now, { consentId: consent.id });
    const [stored, ...created] = appendMessages(
      ctx.db,
      input.conversationId,
      [{ author: input.by === 'family' ? 'family' : 'system', ...(input.clientMessageId ? { clientMessageId: input.clientMessageId } : {}), content: { kind: 'event', text: { key: 'consent:withdraw.done' } } }],
      now,
    );
    return { stored: stored!, created, changed: true };
  });
  if (result.changed) publishCreated(ctx, [result.stored, ...result.created]);
  return { stored: result.stored };
}

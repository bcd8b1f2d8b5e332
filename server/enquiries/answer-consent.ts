import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { appendMessages, findByClientMessageId, publishCreated } from '../conversations/index.js';
import { consents } from '../db/schema.js';
import { ConflictError, NotFoundError } from '../domain-errors.js';
import type { Message } from '../protocol/index.js';

/** The family's yes or no to a consent card, stored once with the time they gave it. */
export function answerConsent(
  ctx: AppContext,
  conversationId: string,
  input: { clientMessageId: string; consentId: string; answer: 'yes' | 'no' },
): { stored: Message } {
  const result = ctx.db.transaction(() => {
    const previous = findByClientMessageId(ctx.db, conversationId, input.clientMessageId);
    if (previous) return { stored: previous, duplicate: true };
    const consent = ctx.db
      .select()
      .from(consents)
      .where(and(eq(consents.id, input.consentId), eq(consents.conversationId, conversationId)))
      .get();
    if (!consent) throw new NotFoundError('consent request');
    if (consent.answer !== null) throw new ConflictError('This consent request was already answered.');
    const now = ctx.now();
    ctx.db
      .update(consents)
      .set({ answer: input.answer, answeredAt: now.toISOString() })
      .where(and(eq(consents.id, consent.id), isNull(consents.answer)))
      .run();
    const [stored] = appendMessages(
      ctx.db,
      conversationId,
      [{ author: 'family', clientMessageId: input.clientMessageId, content: { kind: 'consent-answer', consentId: consent.id, answer: input.answer } }],
      now,
    );
    return { stored: stored!, duplicate: false };
  });
  if (!result.duplicate) publishCreated(ctx, [result.stored]);
  return { stored: result.stored };
}

import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { appendMessages, findByClientMessageId, publishCreated } from '../transcript/index.js';
import { consents } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import { ConflictError, NotFoundError } from '../domain-errors.js';
import type { Message } from '../protocol/index.js';

/** The family's yes or no to a consent card, stored once with the time they gave it. */
export async function answerConsent(
  ctx: AppContext,
  conversationId: string,
  input: { clientMessageId: string; consentId: string; answer: 'yes' | 'no' },
): Promise<{ stored: Message }> {
  const result = await ctx.store.transaction(async (tx) => {
    const previous = await findByClientMessageId(tx, conversationId, input.clientMessageId);
    if (previous) return { stored: previous, duplicate: true };
    const consent = firstRow(
      await tx
        .select()
        .from(consents)
        .where(and(eq(consents.id, input.consentId), eq(consents.conversationId, conversationId)))
        .limit(1),
    );
    if (!consent) throw new NotFoundError('consent request');
    if (consent.answer !== null) throw new ConflictError('This consent request was already answered.');
    const now = ctx.now();
    await tx
      .update(consents)
      .set({ answer: input.answer, answeredAt: now.toISOString() })
      .where(and(eq(consents.id, consent.id), isNull(consents.answer)));
    const [stored] = await appendMessages(
      tx,
      conversationId,
      [{ author: 'family', clientMessageId: input.clientMessageId, content: { kind: 'consent-answer', consentId: consent.id, answer: input.answer } }],
      now,
    );
    return { stored: stored!, duplicate: false };
  });
  if (!result.duplicate) publishCreated(ctx, [result.stored]);
  return { stored: result.stored };
}

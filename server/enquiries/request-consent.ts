import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { findConversation } from '../conversations/index.js';
import { appendMessages, publishCreated } from '../transcript/index.js';
import { consents } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../domain-errors.js';
import { assertHolds, openHandoffFor } from '../handoff/index.js';
import { CONSENT_WORDING, consentParagraphs, hashWording } from './consent-wording.js';
import { isPractitionerRequest } from './practitioner-request.js';
import { wordingSources } from './wording-sources.js';

/** Sends the family a consent card in their language and records exactly what it said. */
export async function requestConsent({ ctx, actor, conversationId }: { ctx: AppContext; actor: StaffRow; conversationId: string }) {
  const now = ctx.now();
  const result = await ctx.store.transaction(async (tx) => {
    const conversation = await findConversation(tx, conversationId);
    const handoff = await openHandoffFor(tx, conversationId);
    if (!conversation || !handoff) throw new NotFoundError('live conversation');
    assertHolds(actor, handoff);
    // The person in a practitioner's request is not the family: their "yes" would be recorded as the family's own.
    if (isPractitionerRequest(conversation)) {
      throw new UnprocessableError('This is a practitioner’s request: the family consent card is for families. The practitioner’s confirmation that the family agrees is recorded when you open the enquiry.');
    }
    const pending = firstRow(
      await tx
        .select()
        .from(consents)
        .where(and(eq(consents.conversationId, conversationId), isNull(consents.answer), isNull(consents.withdrawnAt)))
        .orderBy(desc(consents.requestedAt))
        .limit(1),
    );
    if (pending) throw new ConflictError('The family has not answered the last consent request yet.');
    // A family continuing in a second language reads the consent in that language.
    const language = conversation.interpreterNeeded && conversation.fallbackLanguage ? conversation.fallbackLanguage : conversation.language;
    const paragraphs = consentParagraphs(language, wordingSources(ctx));
    const id = crypto.randomUUID();
    await tx.insert(consents).values({
      id,
      conversationId,
      requestedBy: actor.id,
      requestedAt: now.toISOString(),
      language,
      wordingKey: CONSENT_WORDING.key,
      wordingVersion: CONSENT_WORDING.version,
      textHash: hashWording(paragraphs),
      shownText: paragraphs.join('\n\n'),
    });
    await recordAudit(tx, actor, 'consent.requested', { type: 'conversation', id: conversationId }, now, { consentId: id });
    const content = {
      kind: 'consent-request' as const,
      consentId: id,
      wordingKey: CONSENT_WORDING.key,
      wordingVersion: CONSENT_WORDING.version,
      paragraphs,
      language,
    };
    return { id, created: await appendMessages(tx, conversationId, [{ author: 'staff', staffId: actor.id, authorName: actor.displayName, content }], now) };
  });
  publishCreated(ctx, result.created);
  return result.id;
}

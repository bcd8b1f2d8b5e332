import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { findConversation } from '../conversations/index.js';
import { appendMessages, publishCreated } from '../transcript/index.js';
import { firstRow, type Tx } from '../db/index.js';
import { callbacks, consents, enquiries, messages, safeguardingTriggers } from '../db/tables.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain-errors.js';
import { localTime } from '../calendar/index.js';
import { CreateEnquiryBody } from '../protocol/enquiry-bodies.js';
import { assertCanOpenEnquiryFor } from './enquiry-access.js';
import { recordEnquiryEvent, type EventContext } from './enquiry-events.js';
import { findEnquiry, loadView } from './enquiry-record.js';
import { newReference } from './enquiry-reference.js';
import { parseInput } from './parse-input.js';
import { attestedConsent, isPractitionerRequest, practitionerNotes, referrerOf } from './practitioner-request.js';
import { prefillDetails } from './prefill-details.js';

type ConsentRow = typeof consents.$inferSelect;

/**
 * Opens an Early Help enquiry, and only on the family's own recorded "yes" that they have not
 * withdrawn: the server checks this whatever the console shows. The family is told their
 * reference and what happens next, in their language.
 */
export async function createEnquiry({ ctx, actor, input }: { ctx: AppContext & EventContext; actor: StaffRow; input: unknown }) {
  const body = parseInput(CreateEnquiryBody, input);
  const { conversationId, ...corrections } = body;
  const now = ctx.now();
  const result = await ctx.store.transaction(async (tx) => {
    const conversation = await findConversation(tx, conversationId);
    if (!conversation) throw new NotFoundError('conversation');
    await assertCanOpenEnquiryFor(tx, actor, conversationId);
    const fromPractitioner = isPractitionerRequest(conversation);
    const consent = fromPractitioner ? await attestedConsent(ctx, tx, actor, conversation) : await consentToShare(tx, conversationId);
    const open = firstRow(
      await tx
        .select({ reference: enquiries.reference })
        .from(enquiries)
        .where(and(eq(enquiries.conversationId, conversationId), isNull(enquiries.withdrawnAt)))
        .limit(1),
    );
    if (open) throw new ConflictError(`This family already has an Early Help enquiry, ${open.reference}.`);

    const callback = firstRow(
      await tx.select().from(callbacks).where(eq(callbacks.conversationId, conversationId)).orderBy(desc(callbacks.requestedAt)).limit(1),
    );
    const triggers = await tx
      .select({ severity: safeguardingTriggers.severity })
      .from(safeguardingTriggers)
      .where(eq(safeguardingTriggers.conversationId, conversationId));
    const notes = fromPractitioner ? practitionerNotes(conversation) : undefined;
    const told = fromPractitioner ? { whoIsAsking: 'helper' as const, ...(notes ? { staffNotes: notes } : {}) } : {};
    const details = prefillDetails({ conversation, callback, triggers: triggers.map((t) => t.severity) }, { ...told, ...corrections });

    const id = crypto.randomUUID();
    const reference = await newReference(tx, Number(localTime(now, ctx.hubs.timezone).date.slice(0, 4)));
    await tx.insert(enquiries).values({
      id,
      reference,
      conversationId,
      consentId: consent.id,
      status: 'new',
      details,
      contactAt: (await firstContactAt(tx, conversationId)) ?? conversation.createdAt,
      createdBy: actor.id,
      createdAt: now.toISOString(),
      consentBasis: consent.basis,
      ...(fromPractitioner ? referrerOf(conversation) : {}),
    });
    await recordEnquiryEvent(
      { db: tx, webhook: ctx.webhook },
      { enquiryId: id, type: 'enquiry.created', by: actor.id, at: now, toStatus: 'new', detail: { consentId: consent.id } },
    );
    await recordAudit(tx, actor, 'enquiry.created', { type: 'enquiry', id }, now, { conversationId, consentId: consent.id, reference });
    const created = await appendMessages(
      tx,
      conversationId,
      [
        { author: 'system', content: { kind: 'event', text: { key: 'consent:enquiry.created', params: { reference } } } },
        { author: 'system', content: { kind: 'event', text: { key: 'consent:enquiry.whatNext' } } },
      ],
      now,
    );
    const row = (await findEnquiry(tx, id))!;
    return { view: await loadView(tx, row), created };
  });
  publishCreated(ctx, result.created);
  return result.view;
}

/**
 * First contact, the clock for every process measure: when the family's chat began, which is its
 * first message. Read from the message log because conversations.created_at shares its column with
 * updatedAt in the schema and is rewritten by every later message.
 */
async function firstContactAt(db: Tx, conversationId: string): Promise<string | undefined> {
  return firstRow(
    await db.select({ at: messages.createdAt }).from(messages).where(eq(messages.conversationId, conversationId)).orderBy(asc(messages.seq)).limit(1),
  )?.at;
}

/** The latest consent request decides: a later "no" or a withdrawal outweighs an earlier "yes". */
async function consentToShare(db: Tx, conversationId: string): Promise<ConsentRow> {
  const latest = firstRow(await db.select().from(consents).where(eq(consents.conversationId, conversationId)).orderBy(desc(consents.requestedAt)).limit(1));
  if (!latest) throw new ForbiddenError('The family has not been asked for consent. Ask them in the chat before opening an Early Help enquiry.');
  if (latest.withdrawnAt) throw new ForbiddenError('The family withdrew their consent, so an Early Help enquiry cannot be opened.');
  if (latest.answer === null) throw new ForbiddenError('The family has not answered the consent request yet.');
  if (latest.answer !== 'yes') throw new ForbiddenError('The family said no to sharing, so an Early Help enquiry cannot be opened.');
  return latest;
}

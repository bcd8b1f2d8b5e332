import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { appendMessages, findConversation, publishCreated } from '../conversations/index.js';
import type { Db } from '../db/index.js';
import { callbacks, consents, enquiries, messages, safeguardingTriggers } from '../db/schema.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain-errors.js';
import { localTime } from '../handoff/index.js';
import { CreateEnquiryBody } from '../protocol/enquiry-bodies.js';
import { assertCanOpenEnquiryFor } from './enquiry-access.js';
import { recordEnquiryEvent, type EventContext } from './enquiry-events.js';
import { eventsOf, findEnquiry, toView } from './enquiry-record.js';
import { newReference } from './enquiry-reference.js';
import { parseInput } from './parse-input.js';
import { prefillDetails } from './prefill-details.js';

type ConsentRow = typeof consents.$inferSelect;

/**
 * Opens an Early Help enquiry, and only on the family's own recorded "yes" that they have not
 * withdrawn: the server checks this whatever the console shows. The family is told their
 * reference and what happens next, in their language.
 */
export function createEnquiry({ ctx, actor, input }: { ctx: AppContext & EventContext; actor: StaffRow; input: unknown }) {
  const body = parseInput(CreateEnquiryBody, input);
  const { conversationId, ...corrections } = body;
  const now = ctx.now();
  const result = ctx.db.transaction(() => {
    const conversation = findConversation(ctx.db, conversationId);
    if (!conversation) throw new NotFoundError('conversation');
    assertCanOpenEnquiryFor(ctx.db, actor, conversationId);
    const consent = consentToShare(ctx.db, conversationId);
    const open = ctx.db
      .select({ reference: enquiries.reference })
      .from(enquiries)
      .where(and(eq(enquiries.conversationId, conversationId), isNull(enquiries.withdrawnAt)))
      .get();
    if (open) throw new ConflictError(`This family already has an Early Help enquiry, ${open.reference}.`);

    const callback = ctx.db.select().from(callbacks).where(eq(callbacks.conversationId, conversationId)).orderBy(desc(callbacks.requestedAt)).get();
    const triggers = ctx.db.select({ severity: safeguardingTriggers.severity }).from(safeguardingTriggers).where(eq(safeguardingTriggers.conversationId, conversationId)).all();
    const details = prefillDetails({ conversation, callback, triggers: triggers.map((t) => t.severity) }, corrections);

    const id = crypto.randomUUID();
    const reference = newReference(ctx.db, Number(localTime(now, ctx.hubs.timezone).date.slice(0, 4)));
    ctx.db
      .insert(enquiries)
      .values({
        id,
        reference,
        conversationId,
        consentId: consent.id,
        status: 'new',
        details,
        contactAt: firstContactAt(ctx.db, conversationId) ?? conversation.createdAt,
        createdBy: actor.id,
        createdAt: now.toISOString(),
      })
      .run();
    recordEnquiryEvent(ctx, { enquiryId: id, type: 'enquiry.created', by: actor.id, at: now, toStatus: 'new', detail: { consentId: consent.id } });
    recordAudit(ctx.db, actor, 'enquiry.created', { type: 'enquiry', id }, now, { conversationId, consentId: consent.id, reference });
    const created = appendMessages(
      ctx.db,
      conversationId,
      [
        { author: 'system', content: { kind: 'event', text: { key: 'consent:enquiry.created', params: { reference } } } },
        { author: 'system', content: { kind: 'event', text: { key: 'consent:enquiry.whatNext' } } },
      ],
      now,
    );
    const row = findEnquiry(ctx.db, id)!;
    return { view: toView(row, eventsOf(ctx.db, id)), created };
  });
  publishCreated(ctx, result.created);
  return result.view;
}

/**
 * First contact, the clock for every process measure: when the family's chat began, which is its
 * first message. Read from the message log because conversations.created_at shares its column with
 * updatedAt in the schema and is rewritten by every later message.
 */
function firstContactAt(db: Db, conversationId: string): string | undefined {
  return db.select({ at: messages.createdAt }).from(messages).where(eq(messages.conversationId, conversationId)).orderBy(asc(messages.seq)).limit(1).get()?.at;
}

/** The latest consent request decides: a later "no" or a withdrawal outweighs an earlier "yes". */
function consentToShare(db: Db, conversationId: string): ConsentRow {
  const latest = db.select().from(consents).where(eq(consents.conversationId, conversationId)).orderBy(desc(consents.requestedAt)).get();
  if (!latest) throw new ForbiddenError('The family has not been asked for consent. Ask them in the chat before opening an Early Help enquiry.');
  if (latest.withdrawnAt) throw new ForbiddenError('The family withdrew their consent, so an Early Help enquiry cannot be opened.');
  if (latest.answer === null) throw new ForbiddenError('The family has not answered the consent request yet.');
  if (latest.answer !== 'yes') throw new ForbiddenError('The family said no to sharing, so an Early Help enquiry cannot be opened.');
  return latest;
}

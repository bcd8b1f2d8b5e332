import { asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { callbacks, consents, conversations, enquiries, enquiryEvents, erasures, messages, safeguardingTriggers, webhookDeliveries } from '../db/tables.js';
import { ForbiddenError, NotFoundError } from '../domain-errors.js';
import { createTranslator } from '../i18n/index.js';
import { MessageContent } from '../protocol/index.js';
import type { SubjectAccessQuery } from '../protocol/retention-bodies.js';
import { findFamily } from './find-family.js';
import { messageText } from './message-text.js';

export interface SubjectAccessPack {
  generatedAt: string;
  /** The family's language (of their first conversation) and English: every message is given in both. */
  languages: string[];
  conversations: {
    id: string;
    language: string | null;
    startedAt: string | null;
    messages: { at: string; author: string; text: Record<string, string> }[];
    callbacks: { requestedAt: string; contactMethod: string; contactValue: string; preferredTime: string | null; status: string; outcome: string | null }[];
    consents: { requestedAt: string; shownText: string; answer: string | null; answeredAt: string | null; withdrawnAt: string | null }[];
    enquiries: { reference: string; status: string; createdAt: string; closedAt: string | null; outcome: string | null; details: unknown; events: { type: string; at: string }[] }[];
    safeguardingRecords: { at: string; severity: string; matchedText: string | null }[];
    sentToCaseSystem: { eventType: string; createdAt: string; status: string }[];
    erasures: { erasedAt: string; reason: string; keptSafeguarding: boolean }[];
  }[];
}

/**
 * Everything held about a family, found by reference, conversation or contact detail, as one pack
 * a manager can hand over (JSON, or accessible HTML via renderPackHtml). Each pack is audited with
 * the conversation ids it covered, not its contents.
 */
export async function subjectAccessPack({ ctx, actor, query }: { ctx: AppContext; actor: StaffRow; query: SubjectAccessQuery }): Promise<SubjectAccessPack> {
  if (actor.role !== 'manager') throw new ForbiddenError('Only managers answer subject-access requests.');
  return ctx.store.transaction(async (tx) => {
    const ids = await findFamily(tx, query);
    if (ids.length === 0) throw new NotFoundError('family');
    const now = ctx.now();
    const rows = await tx.select().from(conversations).where(inArray(conversations.id, ids));
    const familyLanguage = rows[0]?.language ?? 'en';
    const languages = [...new Set([familyLanguage, 'en'])];
    const translators = languages.map((language) => [language, createTranslator(ctx.locales, language)] as const);
    const pack: SubjectAccessPack = { generatedAt: now.toISOString(), languages, conversations: [] };
    for (const id of ids) {
      const conversation = rows.find((r) => r.id === id);
      const held = await tx.select().from(enquiries).where(eq(enquiries.conversationId, id));
      const enquiryIds = held.map((e) => e.id);
      const events = enquiryIds.length ? await tx.select().from(enquiryEvents).where(inArray(enquiryEvents.enquiryId, enquiryIds)).orderBy(asc(enquiryEvents.at)) : [];
      const sent = enquiryIds.length ? await tx.select().from(webhookDeliveries).where(inArray(webhookDeliveries.enquiryId, enquiryIds)) : [];
      pack.conversations.push({
        id,
        language: conversation?.language ?? null,
        startedAt: conversation?.createdAt ?? null,
        messages: (await tx.select().from(messages).where(eq(messages.conversationId, id)).orderBy(asc(messages.seq))).map((m) => {
          const content = MessageContent.parse(m.content);
          return { at: m.createdAt, author: m.author, text: Object.fromEntries(translators.map(([language, tr]) => [language, messageText(content, (key, params) => tr.t(key, params))])) };
        }),
        callbacks: (await tx.select().from(callbacks).where(eq(callbacks.conversationId, id))).map((c) => ({
          requestedAt: c.requestedAt,
          contactMethod: c.contactMethod,
          contactValue: c.contactValue,
          preferredTime: c.preferredTime,
          status: c.status,
          outcome: c.outcome,
        })),
        consents: (await tx.select().from(consents).where(eq(consents.conversationId, id))).map((c) => ({ requestedAt: c.requestedAt, shownText: c.shownText, answer: c.answer, answeredAt: c.answeredAt, withdrawnAt: c.withdrawnAt })),
        enquiries: held.map((e) => ({
          reference: e.reference,
          status: e.status,
          createdAt: e.createdAt,
          closedAt: e.closedAt,
          outcome: e.outcome,
          details: e.details,
          events: events.filter((ev) => ev.enquiryId === e.id).map((ev) => ({ type: ev.type, at: ev.at })),
        })),
        safeguardingRecords: (await tx.select().from(safeguardingTriggers).where(eq(safeguardingTriggers.conversationId, id))).map((s) => ({ at: s.at, severity: s.severity, matchedText: s.matchedText })),
        sentToCaseSystem: sent.map((d) => ({ eventType: d.eventType, createdAt: d.createdAt, status: d.status })),
        erasures: (await tx.select().from(erasures).where(eq(erasures.conversationId, id))).map((e) => ({ erasedAt: e.erasedAt, reason: e.reason, keptSafeguarding: e.keptSafeguarding })),
      });
    }
    await recordAudit(tx, actor, 'subject-access.exported', { type: 'family', id: ids[0]! }, now, { conversationIds: ids });
    return pack;
  });
}

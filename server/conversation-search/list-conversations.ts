import { and, desc, eq, gte, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { conversations, familyWords, staff } from '../db/tables.js';
import { ForbiddenError, UnprocessableError } from '../domain-errors.js';
import { visibleQueues } from '../handoff/staff-actor.js';
import { ConcernSummary, type ConversationListItem, type ConversationListPage, type ConversationListQuery, type ConversationStatus } from '../protocol/index.js';
import { familyWordsMatch, summaryHasNeed } from './search-dialect.js';
import { excerpt, searchTerms } from './search-terms.js';
import { queueColumns } from './queue-columns.js';

/**
 * Every conversation this member of staff may open (the access rule of handoff/staff-actor.ts),
 * newest activity first, filtered, and searched over the family's own words. Access is part of the
 * query, so a search never counts or shows another hub's families. Each page read is audited.
 */
export async function listConversations({ ctx, actor, query }: { ctx: AppContext; actor: StaffRow; query: ConversationListQuery }): Promise<ConversationListPage> {
  if (actor.role !== 'staff' && actor.role !== 'manager') throw new ForbiddenError('Only hub staff and managers open family conversations.');
  const terms = query.q ? searchTerms(query.q) : [];
  if (query.q && terms.length === 0) throw new UnprocessableError('Search for at least one word.');

  const inner = ctx.db
    .select({
      id: conversations.id,
      language: conversations.language,
      urgent: conversations.urgent,
      summary: conversations.summary,
      createdAt: conversations.createdAt,
      updatedAt: conversations.updatedAt,
      ...queueColumns,
    })
    .from(conversations)
    .where(
      and(
        query.language ? eq(conversations.language, query.language) : undefined,
        query.urgent ? eq(conversations.urgent, query.urgent === 'true') : undefined,
        query.from ? gte(conversations.createdAt, query.from) : undefined,
        query.to ? lt(conversations.createdAt, dayAfter(query.to)) : undefined,
        query.need ? summaryHasNeed(query.need) : undefined,
        terms.length ? inArray(conversations.id, matchingConversations(ctx, terms)) : undefined,
      ),
    )
    .as('q');

  const status = sql<ConversationStatus>`case when ${inner.handoffStatus} = 'waiting' then 'waiting' when ${inner.handoffStatus} = 'active' then 'open' when ${inner.openCallback} = 1 then 'callback' else 'closed' end`;
  const queues = visibleQueues(actor);
  const cursor = query.before ? parseCursor(query.before) : undefined;
  const assignee = query.assignee === 'me' ? actor.id : query.assignee;
  const rows = await ctx.db
    .select({
      id: inner.id,
      language: inner.language,
      urgent: inner.urgent,
      summary: inner.summary,
      createdAt: inner.createdAt,
      updatedAt: inner.updatedAt,
      queue: inner.queue,
      claimedBy: inner.claimedBy,
      status,
      assigneeName: staff.displayName,
    })
    .from(inner)
    .leftJoin(staff, eq(staff.id, inner.claimedBy))
    .where(
      and(
        isNotNull(inner.queue),
        queues === 'all' ? undefined : or(inArray(inner.queue, queues), eq(inner.claimedBy, actor.id)),
        query.hub ? eq(inner.queue, query.hub) : undefined,
        query.status ? sql`${status} = ${query.status}` : undefined,
        assignee ? eq(inner.claimedBy, assignee) : undefined,
        cursor ? or(lt(inner.updatedAt, cursor.updatedAt), and(eq(inner.updatedAt, cursor.updatedAt), lt(inner.id, cursor.id))) : undefined,
      ),
    )
    .orderBy(desc(inner.updatedAt), desc(inner.id))
    .limit(query.limit + 1);

  const page = rows.slice(0, query.limit);
  const matches = terms.length ? await firstMatches(ctx, page.map((r) => r.id), terms) : new Map<string, string>();
  const items = page.map((row): ConversationListItem => {
    const summary = ConcernSummary.safeParse(typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary);
    const match = matches.get(row.id);
    return {
      conversationId: row.id,
      language: row.language,
      locality: row.queue ?? 'shared',
      status: row.status,
      urgent: Boolean(row.urgent),
      needs: summary.success ? summary.data.needs : [],
      assignee: row.claimedBy ? { id: row.claimedBy, name: row.assigneeName ?? '' } : null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      ...(match ? { match } : {}),
    };
  });
  // The filters are recorded, the search words are not: they are the family's personal data.
  const { q: _words, ...filters } = query;
  await ctx.store.transaction((tx) =>
    recordAudit(tx, actor, 'conversations.listed', { type: 'conversations', id: terms.length ? 'search' : 'list' }, ctx.now(), { ...filters, count: items.length }),
  );
  const last = rows.length > query.limit ? page.at(-1) : undefined;
  return { conversations: items, ...(last ? { next: `${last.updatedAt}~${last.id}` } : {}) };
}

/** Conversations with a family message matching every term (drives the search from the text index). */
function matchingConversations(ctx: AppContext, terms: string[]) {
  return ctx.db.selectDistinct({ id: familyWords.conversationId }).from(familyWords).where(familyWordsMatch(terms));
}

/** The first of each listed family's messages that matched, shortened, to show why it was found. */
async function firstMatches(ctx: AppContext, ids: string[], terms: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ conversationId: familyWords.conversationId, body: familyWords.body })
    .from(familyWords)
    .where(and(inArray(familyWords.conversationId, ids), familyWordsMatch(terms)))
    .orderBy(familyWords.id);
  const first = new Map<string, string>();
  for (const row of rows) if (!first.has(row.conversationId)) first.set(row.conversationId, excerpt(row.body, terms));
  return first;
}

function parseCursor(text: string): { updatedAt: string; id: string } {
  const [updatedAt, id, ...rest] = text.split('~');
  if (!updatedAt || !id || rest.length > 0 || Number.isNaN(Date.parse(updatedAt))) throw new UnprocessableError('Not a page cursor from this list.');
  return { updatedAt, id };
}

function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

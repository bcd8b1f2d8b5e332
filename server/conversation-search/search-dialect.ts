import { sql, type SQL } from 'drizzle-orm';
import { dialect } from '../db/dialect.js';
import { conversations, familyWords } from '../db/tables.js';
import { ftsQuery, tsQuery } from './search-terms.js';

/**
 * The two places the conversations list speaks each dialect's own SQL: the full-text match (FTS5
 * on SQLite, the GIN-indexed tsvector on PostgreSQL; see the conversation_search_index migrations)
 * and "the summary lists this need". Both give the same answers for the same rows.
 */
/** Indexes the conversation_search_index migration adds outside drizzle's schema (it cannot express them). */
export const POSTGRES_SEARCH_INDEXES = ['family_words_body_search_idx'] as const;

export function familyWordsMatch(terms: string[]): SQL {
  if (dialect === 'sqlite') return sql`${familyWords.id} in (select rowid from family_words_fts where family_words_fts match ${ftsQuery(terms)})`;
  // Written exactly as the index expression, so PostgreSQL uses the index.
  return sql`to_tsvector('simple', ${familyWords.body}) @@ to_tsquery('simple', ${tsQuery(terms)})`;
}

export function summaryHasNeed(need: string): SQL {
  if (dialect === 'sqlite') return sql`exists (select 1 from json_each(${conversations.summary}, '$.needs') where value = ${need})`;
  return sql`(${conversations.summary} -> 'needs') @> jsonb_build_array(${need}::text)`;
}

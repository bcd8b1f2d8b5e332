import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Dialect, Tx } from './store.js';

/**
 * A process speaks one dialect, fixed before anything opens: PostgreSQL when DATABASE_URL is set,
 * the embedded SQLite file otherwise. The table objects and the few dialect-specific SQL snippets
 * below are chosen by it. (The test runner's PostgreSQL project sets DATABASE_URL for its workers
 * too, and hands each test server its own database's address.)
 */
export const dialect: Dialect = process.env.DATABASE_URL ? 'postgres' : 'sqlite';

/**
 * Makes concurrent transactions that name the same key take turns until they end. SQLite already
 * runs one transaction at a time; PostgreSQL takes transaction-scoped advisory locks, in the order
 * given (callers always name keys in the same order, so two of them cannot wait on each other).
 */
export async function serialiseOn(tx: Tx, ...keys: string[]): Promise<void> {
  if (dialect === 'sqlite') return;
  for (const key of keys) await rawRows(tx, sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

/** A top-level string field of a JSON column, as text: `json_extract` on SQLite, `->>` on PostgreSQL. */
export function jsonField(column: SQLWrapper, field: string): SQL<string | null> {
  if (!/^[a-zA-Z_]\w*$/.test(field)) throw new Error(`not a JSON field name: ${field}`);
  return dialect === 'sqlite' ? sql<string | null>`json_extract(${column}, ${`$.${field}`})` : sql<string | null>`(${column} ->> ${field})`;
}

/** Rows of a raw SQL statement, on either dialect (drizzle names the call differently on each). */
export async function rawRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  if (dialect === 'sqlite') return tx.all<T>(query);
  const result = await (tx as unknown as { execute(query: SQL): Promise<{ rows: T[] }> }).execute(query);
  return result.rows;
}

/**
 * Locks the selected rows for this transaction and skips rows another transaction has locked, so
 * several processes can each claim different work from one queue. SQLite runs one transaction at a
 * time, so there the query runs as it is.
 */
export function skipLocked<Q>(query: Q): Q {
  if (dialect === 'sqlite') return query;
  return (query as unknown as { for(strength: 'update', config: { skipLocked: true }): Q }).for('update', { skipLocked: true });
}

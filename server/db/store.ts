import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * A handle the domain verbs query through: the store's connection or an open transaction.
 *
 * It is typed as drizzle's asynchronous SQLite API over the SQLite tables, and on PostgreSQL the
 * same builder calls run against the PostgreSQL tables (server/db/tables.ts; a test keeps the two
 * schemas identical). So verbs use only what both dialects share: `await` the builder, and
 * `.returning()` to learn what a write changed. `.get()`, `.all()` and `.run()` exist on SQLite only
 * (test/unit/portable-queries.test.ts refuses them in server/).
 */
export type Tx = BaseSQLiteDatabase<'async', unknown, typeof schema>;

export interface Store {
  readonly dialect: Dialect;
  /** This store's name among the processes sharing the database (server/db/process-origin.ts). */
  readonly origin: string;
  /** For reads outside a transaction. A verb that writes opens a transaction and passes its handle down. */
  readonly db: Tx;
  /**
   * Runs `work` in one transaction: all of it commits or none of it does. Helpers never open their
   * own: they take the handle they are given, so nothing silently escapes the transaction.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** One round trip: the database answers. */
  ping(): Promise<void>;
  /** How many checked-in migrations the database has applied. */
  migrationsApplied(): Promise<number>;
  /** How many migrations this build ships: ready only when all are applied. */
  readonly migrationsShipped: number;
  close(): Promise<void>;
}

/** The first row of a query's result, or undefined: the portable form of SQLite's `.get()`. */
export function firstRow<T>(rows: readonly T[]): T | undefined {
  return rows[0];
}

import { sql, type SQL } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { TablePair } from './table-plan.js';

export type Row = Record<string, unknown>;
/** A drizzle PostgreSQL database or transaction: reads and writes take whichever they are given. */
export type PgQueryable = Pick<NodePgDatabase, 'select' | 'insert' | 'execute'>;

/**
 * Rows in primary-key order, a batch at a time, read through drizzle so each side's type mapping
 * (booleans, JSON, numbers) is what gets compared. Keyset pages: each read starts after the last
 * key, so a large table costs no more per page than a small one.
 */
export function* readSqliteRows(db: BetterSQLite3Database, pair: TablePair, batchSize: number): Generator<Row[]> {
  const keys = pair.key.map((property) => (pair.sqlite as unknown as Record<string, SQLiteColumn>)[property]!);
  let last: Row | undefined;
  for (;;) {
    const rows = db
      .select()
      .from(pair.sqlite)
      .where(
        last
          ? after(
              keys.map((c) => sql`${c}`),
              pair.key.map((k) => last![k]),
            )
          : undefined,
      )
      .orderBy(...keys)
      .limit(batchSize)
      .all() as Row[];
    if (rows.length === 0) return;
    yield rows;
    last = rows.at(-1);
  }
}

export async function* readPgRows(db: PgQueryable, pair: TablePair, batchSize: number): AsyncGenerator<Row[]> {
  // Byte order ("C"), as SQLite's BINARY collation sorts, whatever the database's own collation.
  const keys = pair.key.map((property) => {
    const column = (pair.pg as unknown as Record<string, PgColumn>)[property]!;
    return column.getSQLType() === 'text' ? sql`${column} collate "C"` : sql`${column}`;
  });
  let last: Row | undefined;
  for (;;) {
    const rows = (await db
      .select()
      .from(pair.pg as PgTable)
      .where(
        last
          ? after(
              keys,
              pair.key.map((k) => last![k]),
            )
          : undefined,
      )
      .orderBy(...keys)
      .limit(batchSize)) as Row[];
    if (rows.length === 0) return;
    yield rows;
    last = rows.at(-1);
  }
}

function after(keys: SQL[], values: unknown[]): SQL {
  return sql`(${sql.join(keys, sql`, `)}) > (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

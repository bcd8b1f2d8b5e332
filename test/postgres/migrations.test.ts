import { sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/db/open-sqlite-store.js';
import { openPostgres } from '../../server/db/open-postgres.js';
import * as pgSchema from '../../server/db/postgres/schema.js';
import * as sqliteSchema from '../../server/db/schema.js';
import { POSTGRES_SEARCH_INDEXES } from '../../server/conversation-search/search-dialect.js';
import { tablesOf } from '../support/describe-schema.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-test-database.js';

/**
 * The checked-in PostgreSQL migrations, applied to a fresh database, must build exactly what the
 * drizzle schema describes: a schema edited without `npm run db:generate` fails here.
 */
const tables = Object.values(tablesOf(pgSchema)).map((table) => getTableConfig(table as PgTable));
const ISO_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const sorted = <T>(items: T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('PostgreSQL migrations', () => {
  it('build the tables, columns, indexes and foreign keys of the drizzle schema', async () => {
    database = await createTestDatabase({ migrated: false });
    const { close } = await openPostgres(database.url);
    await close();

    const columns = await query<{ table_name: string; column_name: string; data_type: string; is_nullable: string; has_default: boolean }>(
      database.url,
      `select table_name, column_name, data_type, is_nullable, (column_default is not null or is_identity = 'YES') as has_default
         from information_schema.columns where table_schema = 'public'`,
    );
    const expectedColumns = tables.flatMap((table) =>
      table.columns.map((column) => ({ table_name: table.name, column_name: column.name, data_type: column.getSQLType(), is_nullable: column.notNull ? 'NO' : 'YES', has_default: column.hasDefault })),
    );
    expect(sorted(columns)).toEqual(sorted(expectedColumns));

    const indexes = await query<{ tablename: string; indexname: string; indexdef: string }>(database.url, `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public'`);
    // The full-text index is SQL drizzle's schema cannot express (a custom migration): checked on its own.
    const search = indexes.filter((row) => (POSTGRES_SEARCH_INDEXES as readonly string[]).includes(row.indexname));
    expect(search.map((row) => row.indexdef)).toEqual([expect.stringContaining("USING gin (to_tsvector('simple'::regconfig, body))")]);
    const actualIndexes = indexes.filter((row) => !search.includes(row)).map((row) => ({
      table: row.tablename,
      name: row.indexname,
      unique: row.indexdef.startsWith('CREATE UNIQUE INDEX'),
      columns: /USING btree \((.*)\)$/.exec(row.indexdef)![1]!.split(', ').map((c) => c.replace(/"/g, '')),
    }));
    const expectedIndexes = tables.flatMap((table) => [
      ...table.indexes.map((index) => ({ table: table.name, name: index.config.name!, unique: !!index.config.unique, columns: index.config.columns.map((c) => (c as { name: string }).name) })),
      ...table.columns.filter((c) => c.primary).map((c) => ({ table: table.name, name: `${table.name}_pkey`, unique: true, columns: [c.name] })),
      ...table.columns.filter((c) => c.isUnique).map((c) => ({ table: table.name, name: c.uniqueName!, unique: true, columns: [c.name] })),
    ]);
    expect(sorted(actualIndexes)).toEqual(sorted(expectedIndexes));

    const foreignKeys = await query<{ name: string; table: string; foreign_table: string; on_delete: string; definition: string }>(
      database.url,
      `select conname as name, conrelid::regclass::text as table, confrelid::regclass::text as foreign_table,
              case confdeltype when 'c' then 'cascade' when 'a' then 'no action' when 'r' then 'restrict' when 'n' then 'set null' else 'set default' end as on_delete,
              pg_get_constraintdef(oid) as definition
         from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`,
    );
    const expectedForeignKeys = tables.flatMap((table) =>
      table.foreignKeys.map((fk) => {
        const ref = fk.reference();
        const foreignTable = getTableConfig(ref.foreignTable).name;
        return {
          name: fk.getName(),
          table: table.name,
          foreign_table: foreignTable,
          on_delete: fk.onDelete ?? 'no action',
          definition: `FOREIGN KEY (${ref.columns.map((c) => c.name).join(', ')}) REFERENCES ${foreignTable}(${ref.foreignColumns.map((c) => c.name).join(', ')})${fk.onDelete === 'cascade' ? ' ON DELETE CASCADE' : ''}`,
        };
      }),
    );
    expect(sorted(foreignKeys)).toEqual(sorted(expectedForeignKeys));
  });

  it('default timestamps have the same ISO-8601 format as SQLite', async () => {
    database = await createTestDatabase();
    const { db, close } = await openPostgres(database.url);
    const row = { id: 's1', username: 'u', displayName: 'U', passwordHash: 'x', role: 'staff' as const, languages: ['en'] };
    const [onPostgres] = await db.insert(pgSchema.staff).values(row).returning();
    await close();
    const sqlite = openSqliteStore(':memory:');
    const [onSqlite] = await sqlite.transaction((tx) => tx.insert(sqliteSchema.staff).values(row).returning());
    await sqlite.close();
    expect(onSqlite!.createdAt).toMatch(ISO_MILLIS);
    expect(onPostgres!.createdAt).toMatch(ISO_MILLIS);
    expect(Math.abs(Date.parse(onPostgres!.createdAt) - Date.parse(onSqlite!.createdAt))).toBeLessThan(60_000);
  });

  it('pooled connections name themselves and carry the timeouts', async () => {
    database = await createTestDatabase();
    const { db, close } = await openPostgres(database.url, { statementTimeoutMs: 1_234, applicationName: 'front-door-test' });
    try {
      const settings = await db.execute<{ app: string; statement: string; idle: string }>(
        sql`select current_setting('application_name') as app, current_setting('statement_timeout') as statement, current_setting('idle_in_transaction_session_timeout') as idle`,
      );
      expect(settings.rows[0]).toEqual({ app: 'front-door-test', statement: '1234ms', idle: '1min' });
      // 57014: query_canceled, here by statement_timeout.
      await expect(db.execute(sql`select pg_sleep(3)`)).rejects.toMatchObject({ cause: { code: '57014' } });
    } finally {
      await close();
    }
  });

  it('processes starting together migrate once, one at a time', async () => {
    database = await createTestDatabase({ migrated: false });
    const opened = await Promise.all(Array.from({ length: 4 }, () => openPostgres(database!.url, { poolMax: 2 })));
    await Promise.all(opened.map((o) => o.close()));
    const [applied] = await query<{ count: string }>(database.url, 'select count(*) from drizzle.__drizzle_migrations');
    const journal = (await import('../../server/db/postgres/migrations/meta/_journal.json', { with: { type: 'json' } })).default;
    expect(Number(applied!.count)).toBe(journal.entries.length);
  });
});

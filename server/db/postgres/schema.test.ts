import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { describeTable, tablesOf } from '../../../test/support/describe-schema.js';
import * as sqliteSchema from '../schema.js';
import * as pgSchema from './schema.js';

/**
 * Domain code is typed against the SQLite tables and runs on the PostgreSQL ones, so the two must
 * agree on everything the code can see: names, JS types, nullability, defaults, keys and indexes.
 */
const sqliteTables = tablesOf(sqliteSchema);
const pgTables = tablesOf(pgSchema);

describe('the PostgreSQL schema is the twin of the SQLite schema', () => {
  it('exports the same names and tables', () => {
    expect(Object.keys(pgSchema).sort()).toEqual(Object.keys(sqliteSchema).sort());
    expect(Object.keys(pgTables).sort()).toEqual(Object.keys(sqliteTables).sort());
    expect(Object.keys(sqliteTables).length).toBeGreaterThan(10);
  });

  for (const [exportName, sqliteTable] of Object.entries(sqliteTables)) {
    it(`${exportName}: same columns, keys, indexes and foreign keys`, () => {
      expect(pgTables[exportName], `${exportName} is missing from server/db/postgres/schema.ts`).toBeDefined();
      expect(describeTable(pgTables[exportName]!)).toEqual(describeTable(sqliteTable));
    });
  }

  it('sees a column added to one side only', () => {
    const base = { id: text('id').primaryKey(), count: integer('count').notNull() };
    const one = describeTable(sqliteTable('t', base));
    const more = describeTable(sqliteTable('t', { ...base, extra: text('extra') }));
    expect(more).not.toEqual(one);
    expect(describeTable(sqliteTable('t', { id: text('id').primaryKey(), count: integer('count') }))).not.toEqual(one);
  });
});

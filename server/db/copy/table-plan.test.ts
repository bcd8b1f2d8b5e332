import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pgSchema from '../postgres/schema.js';
import * as sqliteSchema from '../schema.js';
import { planTables } from './table-plan.js';

describe('planTables', () => {
  const plan = planTables(sqliteSchema, pgSchema);

  it('lists every table once, each after the tables its foreign keys point at', () => {
    const names = plan.map((pair) => pair.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBe(Object.values(sqliteSchema).filter((value) => is(value, SQLiteTable)).length);
    for (const pair of plan) {
      for (const fk of getTableConfig(pair.sqlite).foreignKeys) {
        expect(names.indexOf(getTableConfig(fk.reference().foreignTable).name), `${pair.name} after its parent`).toBeLessThan(names.indexOf(pair.name));
      }
    }
  });

  it('knows each key and which ids PostgreSQL generates', () => {
    expect(plan.find((p) => p.name === 'messages')).toMatchObject({ key: ['id'], identityColumns: [] });
    expect(plan.find((p) => p.name === 'audit_log')).toMatchObject({ key: ['id'], identityColumns: ['id'] });
    expect(plan.find((p) => p.name === 'login_attempts')).toMatchObject({ identityColumns: ['id'] });
  });

  it('refuses schema modules that list different tables', () => {
    const { auditLog: _dropped, ...fewer } = pgSchema;
    expect(() => planTables(sqliteSchema, fewer)).toThrow(/only SQLite: audit_log; only PostgreSQL: none/);
  });
});

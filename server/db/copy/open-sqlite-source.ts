import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { projectPath } from '../../project-root.js';

export interface SqliteSource {
  db: BetterSQLite3Database;
  close(): void;
}

/**
 * Opens a Front Door SQLite file read-only, inside one read transaction so every table is read
 * from the same moment even if a server is still writing. The file must be at this version's
 * schema: the copy maps tables by the current schema modules.
 */
export function openSqliteSource(path: string): SqliteSource {
  const client = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const journal = JSON.parse(readFileSync(projectPath('server/db/migrations/meta/_journal.json'), 'utf8')) as { entries: { when: number; tag: string }[] };
    const expected = journal.entries.at(-1)!;
    const hasTable = client.prepare(`select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'`).get();
    const applied = hasTable ? (client.prepare('select max(created_at) as at from __drizzle_migrations').get() as { at: number | null }).at : null;
    if (applied !== expected.when) {
      throw new Error(
        applied !== null && applied > expected.when
          ? `${path} was migrated by a newer Front Door than this one: copy with that version`
          : `${path} is not at this version's schema (last migration ${expected.tag}): start this version of Front Door on it once (it migrates on start), stop it, then copy`,
      );
    }
    client.exec('begin');
  } catch (error) {
    client.close();
    throw error;
  }
  return {
    db: drizzle({ client }),
    close() {
      client.exec('rollback');
      client.close();
    },
  };
}

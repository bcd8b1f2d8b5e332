import { sql } from 'drizzle-orm';
import { rawRows, type Tx } from '../../server/db/index.js';

/**
 * Every place in the database where any of `words` appears: `table.column`, over every column of
 * every table the database has (read from its own catalogue, so tables added later are scanned too).
 */
export async function findWords(db: Tx, dialect: 'sqlite' | 'postgres', words: readonly string[]): Promise<string[]> {
  const tables =
    dialect === 'sqlite'
      ? await rawRows<{ name: string }>(db, sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
      : await rawRows<{ name: string }>(db, sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`);
  const found = new Set<string>();
  const needles = words.map((w) => w.toLowerCase());
  for (const { name } of tables) {
    for (const row of await rawRows<Record<string, unknown>>(db, sql`select * from ${sql.identifier(name)}`)) {
      for (const [column, value] of Object.entries(row)) {
        const text = (typeof value === 'string' ? value : JSON.stringify(value) ?? '').toLowerCase();
        if (needles.some((needle) => text.includes(needle))) found.add(`${name}.${column}`);
      }
    }
  }
  return [...found].sort();
}

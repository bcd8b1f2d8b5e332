import { getTableColumns, is, type Column } from 'drizzle-orm';
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';

/** One table as both dialects define it, with what copying needs to know. */
export interface TablePair {
  name: string;
  sqlite: SQLiteTable;
  pg: PgTable;
  /** Property names of the primary key, the order rows are read and checksummed in. */
  key: string[];
  /** Columns PostgreSQL numbers itself (SQLite AUTOINCREMENT): their sequences restart above the copied ids. */
  identityColumns: string[];
}

/**
 * Every table of the two schema modules, parents before children (foreign-key order), so a new
 * table is copied without anyone listing it. Refuses schemas that list different tables.
 */
export function planTables(sqliteSchema: Record<string, unknown>, pgSchema: Record<string, unknown>): TablePair[] {
  const sqliteTables = new Map(Object.values(sqliteSchema).filter((v): v is SQLiteTable => is(v, SQLiteTable)).map((t) => [sqliteConfig(t).name, t]));
  const pgTables = new Map(Object.values(pgSchema).filter((v): v is PgTable => is(v, PgTable)).map((t) => [pgConfig(t).name, t]));
  const onlySqlite = [...sqliteTables.keys()].filter((name) => !pgTables.has(name));
  const onlyPg = [...pgTables.keys()].filter((name) => !sqliteTables.has(name));
  if (onlySqlite.length || onlyPg.length) {
    throw new Error(`The schemas list different tables (only SQLite: ${onlySqlite.join(', ') || 'none'}; only PostgreSQL: ${onlyPg.join(', ') || 'none'})`);
  }

  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name)) return;
    if (visiting.has(name)) throw new Error(`Foreign keys form a cycle through ${name}: no copy order exists`);
    visiting.add(name);
    for (const fk of sqliteConfig(sqliteTables.get(name)!).foreignKeys) {
      const parent = sqliteConfig(fk.reference().foreignTable).name;
      if (parent !== name) visit(parent);
    }
    visiting.delete(name);
    ordered.push(name);
  };
  [...sqliteTables.keys()].sort().forEach(visit);

  return ordered.map((name) => {
    const sqlite = sqliteTables.get(name)!;
    const pg = pgTables.get(name)!;
    const columns = Object.entries(getTableColumns(pg) as Record<string, Column>);
    const compositeKey = pgConfig(pg).primaryKeys[0]?.columns.map((c) => c.name);
    const keyNames = compositeKey ?? columns.filter(([, c]) => c.primary).map(([, c]) => c.name);
    if (keyNames.length === 0) throw new Error(`Table ${name} has no primary key: rows have no order to checksum in`);
    return {
      name,
      sqlite,
      pg,
      key: keyNames.map((keyName) => columns.find(([, c]) => c.name === keyName)![0]),
      identityColumns: pgConfig(pg).columns.filter((c) => !!(c as { generatedIdentity?: unknown }).generatedIdentity).map((c) => c.name),
    };
  });
}

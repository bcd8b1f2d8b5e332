import { is, SQL, type Column } from 'drizzle-orm';
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * A dialect-neutral description of a drizzle table: everything the domain code can observe or
 * rely on (property names, JS types, nullability, defaults, keys, indexes, foreign keys). Two
 * schemas are twins when their descriptions are equal.
 */
export interface TableShape {
  name: string;
  columns: Record<string, ColumnShape>;
  primaryKeys: string[][];
  uniqueConstraints: { name: string; columns: string[] }[];
  indexes: { name: string; columns: string[]; unique: boolean }[];
  foreignKeys: { name: string; columns: string[]; table: string; foreignColumns: string[]; onDelete: string; onUpdate: string }[];
  checks: string[];
}

export interface ColumnShape {
  name: string;
  dataType: string;
  notNull: boolean;
  hasDefault: boolean;
  /** The literal default, or 'sql' for an SQL expression (dialects spell those differently). */
  default: unknown;
  primary: boolean;
  unique: string | null;
  enumValues: string[] | null;
}

function describeColumn(column: Column): ColumnShape {
  return {
    name: column.name,
    dataType: column.dataType,
    notNull: column.notNull,
    hasDefault: column.hasDefault,
    default: is(column.default, SQL) ? 'sql' : column.default,
    primary: column.primary,
    unique: column.isUnique ? (column.uniqueName ?? null) : null,
    enumValues: column.enumValues ? [...column.enumValues] : null,
  };
}

const byName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name));
const names = (columns: { name: string }[]) => columns.map((column) => column.name);

export function describeTable(table: SQLiteTable | PgTable): TableShape {
  const config = is(table, SQLiteTable) ? sqliteConfig(table) : pgConfig(table as PgTable);
  const properties = Object.entries(table as unknown as Record<string, unknown>);
  const columns = Object.fromEntries(
    config.columns.map((column) => {
      const property = properties.find(([, value]) => value === column)?.[0];
      return [property ?? `?${column.name}`, describeColumn(column)];
    }),
  );
  return {
    name: config.name,
    columns,
    primaryKeys: config.primaryKeys.map((key) => names(key.columns)),
    uniqueConstraints: byName(config.uniqueConstraints.map((u) => ({ name: u.getName() ?? '', columns: names(u.columns) }))),
    indexes: byName(
      config.indexes.map((index) => ({
        name: index.config.name ?? '',
        columns: index.config.columns.map((column) => (is(column, SQL) ? 'sql' : (column as { name: string }).name)),
        unique: index.config.unique ?? false,
      })),
    ),
    foreignKeys: byName(
      config.foreignKeys.map((fk) => {
        const reference = fk.reference();
        return {
          name: fk.getName(),
          columns: names(reference.columns),
          table: reference.foreignTable ? tableName(reference.foreignTable) : '',
          foreignColumns: names(reference.foreignColumns),
          onDelete: fk.onDelete ?? 'no action',
          onUpdate: fk.onUpdate ?? 'no action',
        };
      }),
    ),
    checks: config.checks.map((check) => check.name).sort(),
  };
}

function tableName(table: SQLiteTable | PgTable): string {
  return is(table, SQLiteTable) ? sqliteConfig(table).name : pgConfig(table as PgTable).name;
}

/** The tables a schema module exports, by export name. */
export function tablesOf(schema: Record<string, unknown>): Record<string, SQLiteTable | PgTable> {
  return Object.fromEntries(Object.entries(schema).filter((entry): entry is [string, SQLiteTable | PgTable] => is(entry[1], SQLiteTable) || is(entry[1], PgTable)));
}

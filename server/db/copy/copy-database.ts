import { count, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { openPostgres } from '../open-postgres.js';
import * as pgSchema from '../postgres/schema.js';
import * as sqliteSchema from '../schema.js';
import { openSqliteSource, type SqliteSource } from './open-sqlite-source.js';
import { readPgRows, readSqliteRows, type PgQueryable, type Row } from './read-rows.js';
import { RowChecksum } from './row-checksum.js';
import { planTables, type TablePair } from './table-plan.js';

export interface CopyOptions {
  /** The SQLite file. */
  sourcePath: string;
  /** postgres:// URL of the target database. */
  targetUrl: string;
  /** Empty the target's tables first; without it a target holding any row is refused. */
  replace?: boolean;
  /** Copy and verify, then roll back. */
  dryRun?: boolean;
  /** Copy nothing: compare what both databases hold now. */
  verifyOnly?: boolean;
  /** Rows per read and per INSERT (capped below PostgreSQL's 65,535 parameters a statement). */
  batchSize?: number;
}

export interface TableReport {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  ok: boolean;
}

export interface CopyReport {
  mode: 'copy' | 'dry-run' | 'verify';
  tables: TableReport[];
  /** Every table has the same row count and checksum on both sides. */
  ok: boolean;
  /** The copy was committed (never in a dry run or when a table did not match). */
  committed: boolean;
}

/** Thrown inside the transaction to roll it back while keeping the report. */
class RollBack extends Error {
  constructor(readonly report: CopyReport) {
    super('rolled back');
  }
}

/**
 * Copies every table of a Front Door SQLite database into a PostgreSQL one in one transaction,
 * parents first, then reads both back through drizzle and compares row counts and checksums.
 * Anything that does not match rolls the whole copy back.
 */
export async function copyDatabase(options: CopyOptions): Promise<CopyReport> {
  const plan = planTables(sqliteSchema, pgSchema);
  const source = openSqliteSource(options.sourcePath);
  const target = await openPostgres(options.targetUrl, { poolMax: 1, statementTimeoutMs: 10 * 60_000, applicationName: 'front-door db:copy' }).catch((error: unknown) => {
    source.close();
    throw error;
  });
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 500, 5_000));
  try {
    if (options.verifyOnly) return finish('verify', await compareAll(source, target.db, plan, batchSize));
    const mode = options.dryRun ? 'dry-run' : 'copy';
    try {
      return await target.db.transaction(async (tx) => {
        await emptyTarget(tx, plan, options.replace ?? false);
        const tables: TableReport[] = [];
        for (const pair of plan) {
          const copied = await copyTable(source, tx, pair, batchSize);
          tables.push(await compareTable(pair, source, copied, tx, batchSize));
        }
        const report = finish(mode, tables);
        if (!report.ok || options.dryRun) throw new RollBack(report);
        return { ...report, committed: true };
      });
    } catch (error) {
      if (error instanceof RollBack) return error.report;
      throw error;
    }
  } finally {
    source.close();
    await target.close();
  }
}

function finish(mode: CopyReport['mode'], tables: TableReport[]): CopyReport {
  return { mode, tables, ok: tables.every((t) => t.ok), committed: false };
}

async function emptyTarget(tx: PgQueryable, plan: TablePair[], replace: boolean): Promise<void> {
  const names = sql.join(plan.map((pair) => sql.identifier(pair.name)), sql`, `);
  if (replace) {
    await tx.execute(sql`truncate table ${names} restart identity`);
    return;
  }
  const occupied: string[] = [];
  for (const pair of plan) {
    const result = await tx.execute(sql`select exists (select 1 from ${sql.identifier(pair.name)}) as occupied`);
    if ((result.rows[0] as { occupied: boolean }).occupied) occupied.push(pair.name);
  }
  if (occupied.length) throw new Error(`The target database already holds rows (${occupied.join(', ')}): refusing to mix data. Pass --replace to empty it first.`);
}

async function copyTable(source: SqliteSource, tx: PgQueryable, pair: TablePair, batchSize: number): Promise<RowChecksum> {
  const checksum = new RowChecksum();
  const columnCount = Object.keys(pair.pg).length;
  const perInsert = Math.max(1, Math.min(batchSize, Math.floor(60_000 / Math.max(1, columnCount))));
  for (const rows of readSqliteRows(source.db, pair, batchSize)) {
    checksum.add(rows);
    for (let start = 0; start < rows.length; start += perInsert) {
      await insertRows(tx, pair, rows.slice(start, start + perInsert));
    }
  }
  for (const column of pair.identityColumns) {
    // The next generated id follows the largest copied one, as SQLite's AUTOINCREMENT would.
    const table = sql.identifier(pair.name);
    const id = sql.identifier(column);
    await tx.execute(sql`select setval(pg_get_serial_sequence(${`"${pair.name}"`}, ${column}), coalesce((select max(${id}) from ${table}), 0) + 1, false)`);
  }
  return checksum;
}

async function insertRows(tx: PgQueryable, pair: TablePair, rows: Row[]): Promise<void> {
  try {
    await tx.insert(pair.pg).values(rows as PgInsertValue<PgTable>[]);
  } catch (error) {
    const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new Error(`Copying ${pair.name} failed near key ${JSON.stringify(pair.key.map((k) => rows[0]![k]))}: ${reason}`);
  }
}

async function checksumPg(db: PgQueryable, pair: TablePair, batchSize: number): Promise<RowChecksum> {
  const checksum = new RowChecksum();
  for await (const rows of readPgRows(db, pair, batchSize)) checksum.add(rows);
  return checksum;
}

/** Counts with count(*) on each side as well as while checksumming, so a row the reads skipped cannot go unseen. */
async function compareTable(pair: TablePair, source: SqliteSource, sourceSum: RowChecksum, db: PgQueryable, batchSize: number): Promise<TableReport> {
  const targetSum = await checksumPg(db, pair, batchSize);
  const sourceRows = source.db.select({ rows: count() }).from(pair.sqlite).get()!.rows;
  const [{ rows: targetRows } = { rows: -1 }] = await db.select({ rows: count() }).from(pair.pg);
  const [sourceChecksum, targetChecksum] = [sourceSum.digest(), targetSum.digest()];
  const ok = sourceRows === targetRows && sourceRows === sourceSum.count && targetRows === targetSum.count && sourceChecksum === targetChecksum;
  return { table: pair.name, sourceRows, targetRows, sourceChecksum, targetChecksum, ok };
}

async function compareAll(source: SqliteSource, db: PgQueryable, plan: TablePair[], batchSize: number): Promise<TableReport[]> {
  const tables: TableReport[] = [];
  for (const pair of plan) {
    const checksum = new RowChecksum();
    for (const rows of readSqliteRows(source.db, pair, batchSize)) checksum.add(rows);
    tables.push(await compareTable(pair, source, checksum, db, batchSize));
  }
  return tables;
}

import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { projectPath } from '../project-root.js';
import * as schema from './postgres/schema.js';

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export interface OpenPostgresOptions {
  /** Connections in this process's pool; every server process has its own, so keep the sum under the server's max_connections. */
  poolMax?: number;
  /** A statement running longer than this is cancelled, so a stuck query cannot hold a connection and its locks forever. */
  statementTimeoutMs?: number;
  /** Shown in pg_stat_activity, to tell which service holds a connection. */
  applicationName?: string;
  /** How long to wait for another process's migrations before giving up. */
  migrationLockTimeoutMs?: number;
  /**
   * This process's name among the processes sharing the database: every pooled connection carries it
   * as the `front_door.origin` setting, so changes announced inside a transaction say who made them
   * (server/events/announce-change.ts) and the process does not deliver its own changes twice.
   */
  origin?: string;
  /** Errors on idle pooled connections (the server restarted, the network dropped); without a listener they would crash the process. */
  onIdleError?: (error: Error) => void;
}

export interface OpenedPostgres {
  db: PgDb;
  /** Waits for checked-out connections to come back, then closes the pool. */
  close(): Promise<void>;
}

const migrationsFolder = projectPath('server/db/postgres/migrations');

/**
 * Every Front Door process takes this session lock before migrating, so processes starting together
 * apply the checked-in migrations once, one after another, instead of racing on CREATE TABLE.
 * The number is arbitrary but fixed: it names "Front Door schema migrations" in pg_locks.
 */
const MIGRATION_LOCK_KEY = 7_346_127_001;

/**
 * Connects to PostgreSQL, applies the checked-in migrations (server/db/postgres/migrations) and
 * returns the drizzle database over a connection pool.
 */
export async function openPostgres(url: string, options: OpenPostgresOptions = {}): Promise<OpenedPostgres> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolMax ?? 10,
    application_name: options.applicationName ?? 'front-door',
    statement_timeout: options.statementTimeoutMs ?? 15_000,
    // A transaction left open by a crashed request must not hold row locks until the connection dies.
    idle_in_transaction_session_timeout: 60_000,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    ...(options.origin ? { options: `-c front_door.origin=${options.origin.replace(/[^\w.:-]/g, '_')}` } : {}),
  });
  pool.on('error', options.onIdleError ?? (() => undefined));
  try {
    await migrateUnderLock(pool, options.migrationLockTimeoutMs ?? 60_000);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzle({ client: pool, schema }) as PgDb;
  return { db, close: () => pool.end() };
}

async function migrateUnderLock(pool: pg.Pool, lockTimeoutMs: number): Promise<void> {
  const client = await pool.connect();
  try {
    // Migrations may rewrite big tables: no statement limit, but a bounded wait for the lock.
    await client.query(`set statement_timeout = 0; set lock_timeout = ${Math.max(1, Math.round(lockTimeoutMs))}`);
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle({ client, schema }), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
    await client.query('reset statement_timeout; reset lock_timeout');
    client.release();
  } catch (error) {
    // A connection in an unknown state (lock held, timeouts changed) is closed, not pooled.
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}

import { sql } from 'drizzle-orm';
import { shippedMigrations } from './shipped-migrations.js';
import { dialect } from './dialect.js';
import { newProcessOrigin } from './process-origin.js';
import { openPostgres, type OpenPostgresOptions } from './open-postgres.js';
import type { Store, Tx } from './store.js';
import { currentWorkTime } from './work-time.js';

/**
 * PostgreSQL behind the same Store as SQLite, for several server processes on one database. Each
 * transaction runs on its own pooled connection, so transactions proceed in parallel; the verbs
 * take row and advisory locks where they must take turns (see dialect.ts serialiseOn, skipLocked).
 */
export async function openPostgresStore(url: string, options: OpenPostgresOptions = {}): Promise<Store> {
  if (dialect !== 'postgres') throw new Error('DATABASE_URL must be set before the server starts, so every module uses the PostgreSQL tables');
  const origin = options.origin ?? newProcessOrigin();
  const { db, close } = await openPostgres(url, { ...options, origin });
  const handle = db as unknown as Tx;
  return {
    dialect: 'postgres',
    origin,
    db: handle,
    transaction(work) {
      const time = currentWorkTime();
      return db.transaction(async (tx) => {
        // From the moment a connection is ours: waiting for one from the pool is not this work's cost.
        const started = performance.now();
        try {
          return await work(tx as unknown as Tx);
        } finally {
          if (time) time.ms += performance.now() - started;
        }
      });
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    async migrationsApplied() {
      const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      return result.rows[0]?.n ?? 0;
    },
    migrationsShipped: shippedMigrations('server/db/postgres/migrations'),
    close,
  };
}

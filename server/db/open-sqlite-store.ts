import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { projectPath } from '../project-root.js';
import * as schema from './schema.js';
import { shippedMigrations } from './shipped-migrations.js';
import type { Store, Tx } from './store.js';

const migrationsFolder = projectPath('server/db/migrations');

/**
 * The embedded default: one SQLite file, one connection.
 *
 * synchronous=FULL: an acknowledged message must survive a crash or power cut, not just a restart.
 * better-sqlite3 answers synchronously, but verbs are asynchronous (they also run on PostgreSQL),
 * so another verb could run between two statements of an open transaction on the one connection.
 * Transactions therefore queue behind each other, and every write happens inside one.
 */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const client = new Database(path);
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = FULL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  const sync = drizzle(client, { schema });
  migrate(sync, { migrationsFolder });
  // The synchronous driver's builders return values where the async API returns promises; `await` takes both.
  const db = sync as unknown as Tx;
  let queue: Promise<unknown> = Promise.resolve();

  async function run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    client.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(db);
      client.exec('COMMIT');
      return result;
    } catch (error) {
      if (client.inTransaction) client.exec('ROLLBACK');
      throw error;
    }
  }

  return {
    dialect: 'sqlite',
    db,
    transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      const result = queue.then(() => run(work));
      queue = result.catch(() => undefined);
      return result;
    },
    async ping() {
      client.prepare('select 1').get();
    },
    async migrationsApplied() {
      return (client.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
    },
    migrationsShipped: shippedMigrations('server/db/migrations'),
    async close() {
      await queue;
      client.close();
    },
  };
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { projectPath } from '../project-root.js';
import * as schema from './schema.js';
import { newProcessOrigin } from './process-origin.js';
import { shippedMigrations } from './shipped-migrations.js';
import type { Store, Tx } from './store.js';
import { currentWorkTime, type WorkTime } from './work-time.js';

const migrationsFolder = projectPath('server/db/migrations');

/**
 * The embedded default: one SQLite file, one connection.
 *
 * synchronous=FULL: an acknowledged message must survive a crash or power cut, not just a restart.
 * better-sqlite3 answers synchronously, but verbs are asynchronous (they also run on PostgreSQL),
 * so another verb could run between two statements of an open transaction on the one connection.
 * Transactions therefore take turns, and every write happens inside one.
 *
 * Group commit: the transactions asked for while the previous commit was being written run one
 * after another inside one SQLite transaction, each in its own savepoint (one that fails is rolled
 * back alone), and are committed with a single fsync. Each caller's promise settles only after
 * that commit, so nothing is acknowledged before it is on disk.
 */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const client = new Database(path);
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = FULL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  keepCompiledStatements(client);
  const sync = drizzle(client, { schema });
  migrate(sync, { migrationsFolder });
  // The synchronous driver's builders return values where the async API returns promises; `await` takes both.
  const db = sync as unknown as Tx;

  interface Pending {
    work: (tx: Tx) => Promise<unknown>;
    time: WorkTime | undefined;
    settle: (outcome: { ok: true; value: unknown } | { ok: false; error: unknown }) => void;
  }
  let waiting: Pending[] = [];
  let flushing: Promise<void> = Promise.resolve();
  let scheduled = false;

  async function flush(): Promise<void> {
    scheduled = false;
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return;
    const outcomes: Parameters<Pending['settle']>[0][] = [];
    try {
      client.exec('BEGIN IMMEDIATE');
      for (const item of batch) {
        const started = performance.now();
        client.exec('SAVEPOINT work');
        try {
          outcomes.push({ ok: true, value: await item.work(db) });
          client.exec('RELEASE work');
        } catch (error) {
          client.exec('ROLLBACK TO work');
          client.exec('RELEASE work');
          outcomes.push({ ok: false, error });
        }
        if (item.time) item.time.ms += performance.now() - started;
      }
      client.exec('COMMIT');
    } catch (error) {
      if (client.inTransaction) client.exec('ROLLBACK');
      for (const item of batch) item.settle({ ok: false, error });
      return;
    }
    batch.forEach((item, i) => item.settle(outcomes[i]!));
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    // After this turn's I/O callbacks, so inputs that arrived together share one commit.
    flushing = flushing.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(flush);
  }

  return {
    dialect: 'sqlite',
    origin: newProcessOrigin(),
    db,
    transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({ work, time: currentWorkTime(), settle: (outcome) => (outcome.ok ? resolve(outcome.value as T) : reject(outcome.error)) });
        schedule();
      });
    },
    async ping() {
      client.prepare('select 1').get();
    },
    async migrationsApplied() {
      return (client.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
    },
    migrationsShipped: shippedMigrations('server/db/migrations'),
    async close() {
      while (waiting.length > 0 || scheduled) await flushing;
      await flushing;
      client.close();
    },
  };
}

/** How many distinct SQL texts keep their compiled statement: the hot paths use a few dozen. */
const COMPILED_STATEMENTS = 256;

/**
 * Drizzle prepares every query it runs, and better-sqlite3 compiles SQL on every prepare(): on
 * the family-message path that compiling was a tenth of the server's CPU. The most recently used
 * statements are kept by their SQL text and handed back instead. Drizzle switches a statement to
 * raw rows when it wants arrays, so a kept one is switched back to row objects before reuse.
 * Statements run to completion synchronously (no iterators), so sharing one is safe.
 */
function keepCompiledStatements(client: Database.Database): void {
  const compile = client.prepare.bind(client);
  const kept = new Map<string, Database.Statement>();
  client.prepare = ((source: string) => {
    const statement = kept.get(source);
    if (statement) {
      // Most recently used last, so the first entry is the one to drop.
      kept.delete(source);
      kept.set(source, statement);
      return statement.reader ? statement.raw(false) : statement;
    }
    const compiled = compile(source);
    kept.set(source, compiled);
    if (kept.size > COMPILED_STATEMENTS) kept.delete(kept.keys().next().value!);
    return compiled;
  }) as typeof client.prepare;
}

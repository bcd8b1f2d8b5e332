import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDatabase, dropDatabase } from './postgres-cluster.js';

export interface TestDatabase {
  name: string;
  url: string;
  /** Drops the database, closing whatever is still connected to it. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated PostgreSQL database on the run's cluster (test/support/postgres-global-setup.ts),
 * cloned from the template: each test server gets its own, as each gets its own SQLite file.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const provided = inject('postgres');
  if (!provided) throw new Error('No PostgreSQL cluster: run this file in the vitest "postgres" project (vitest.config.ts), whose globalSetup starts one');
  const name = `front_door_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(provided.adminUrl, name, options.migrated === false ? 'template0' : provided.template);
  return { name, url, drop: () => dropDatabase(provided.adminUrl, name) };
}

/**
 * The database the integration and hardening suites run on in this worker: the vitest `postgres`
 * project sets DATABASE_URL, as a deployment on PostgreSQL does (see RUN_SUITES_ON_POSTGRES in vitest.config.ts).
 */
export function testDatabaseKind(): 'sqlite' | 'postgres' {
  return process.env.DATABASE_URL ? 'postgres' : 'sqlite';
}

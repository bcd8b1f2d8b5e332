import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Flip to true once the server runs on PostgreSQL (DATABASE_URL, issue #18): the integration and
 * hardening suites then run twice, on SQLite in the `sqlite` project and on a real PostgreSQL in
 * the `postgres` project, whose workers see DATABASE_URL set (so every module picks the PostgreSQL tables; each test server
 * is handed its own database's address, never this one).
 */
const RUN_SUITES_ON_POSTGRES = true;

/** Tests that need PostgreSQL whatever the flag says (its migrations, db:copy). */
const postgresOnly = ['test/postgres/**/*.test.ts'];
const suitesOnBothDatabases = ['test/integration/**/*.test.ts', 'test/hardening/**/*.test.ts'];

export default defineConfig({
  test: {
    // Browser and server tests share two cores; keep files from starving each other.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['server/**/*.test.ts', 'widget/**/*.test.ts', 'console/**/*.test.ts', 'client-core/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...postgresOnly],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: [...postgresOnly, ...(RUN_SUITES_ON_POSTGRES ? suitesOnBothDatabases : [])],
          // Starts one throwaway cluster per run, only when this project has files to run; fails
          // with the install hint when PostgreSQL is missing.
          globalSetup: ['test/support/postgres-global-setup.ts'],
          // Only the dialect is read from it: no test connects to this address.
          env: { DATABASE_URL: 'postgres://each-test-server-gets-its-own-database.invalid/' },
        },
      },
    ],
  },
});

import { execFileSync } from 'node:child_process';

/**
 * Generates the next migration for both dialects from their schemas, with the same arguments
 * (e.g. `npm run db:generate -- --name add_x`), so the SQLite and PostgreSQL histories stay in step.
 */
const args = process.argv.slice(2);
for (const config of ['drizzle.config.ts', 'drizzle.postgres.config.ts']) {
  execFileSync('npx', ['drizzle-kit', 'generate', '--config', config, ...args], { stdio: 'inherit' });
}

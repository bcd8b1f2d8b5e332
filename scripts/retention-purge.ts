import { parseArgs } from 'node:util';
import { parseEnv } from '../server/config/index.js';
import { openPostgresStore, openSqliteStore } from '../server/db/index.js';
import { DRY_RUN_LIMIT, loadRetentionPolicy, purgeExpired } from '../server/retention/index.js';

/**
 * `npm run retention:purge [-- --dry-run]`: removes (or with --dry-run, only counts) every record past
 * its time under config/retention.json, on the database the server would use (DATABASE_URL or
 * DATABASE_PATH). The server runs the same purge itself every six hours.
 */
const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const env = parseEnv();
const store = env.DATABASE_URL ? await openPostgresStore(env.DATABASE_URL) : openSqliteStore(env.DATABASE_PATH);
try {
  const report = await purgeExpired({ store, now: () => new Date(), retention: loadRetentionPolicy() }, { dryRun: values['dry-run'] });
  console.log(report.dryRun ? `dry run at ${report.at}: nothing removed; past their time:` : `purge at ${report.at}: removed`);
  for (const [kind, count] of Object.entries(report.counts)) console.log(`  ${kind.padEnd(28)} ${report.dryRun && count >= DRY_RUN_LIMIT ? `at least ${count}` : count}`);
} finally {
  await store.close();
}

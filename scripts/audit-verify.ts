import { existsSync } from 'node:fs';
import { verifyAuditChain } from '../server/audit/index.js';
import { parseEnv } from '../server/config/index.js';
import { openSqliteStore } from '../server/db/index.js';

/** `npm run audit:verify [database-path]`: exit 0 with the row count and head hash, or 1 at the first broken row. */
const path = process.argv[2] ?? parseEnv().DATABASE_PATH;
if (path !== ':memory:' && !existsSync(path)) {
  console.error(`no database at ${path}`);
  process.exit(2);
}
const store = openSqliteStore(path);
const report = await verifyAuditChain(store.db);
await store.close();
if (report.ok) {
  console.log(`audit log OK: ${report.count} rows, head ${report.head}`);
} else {
  console.error(`audit log BROKEN at row ${report.brokenAt}: ${report.reason} (${report.count} rows before it verify)`);
  process.exitCode = 1;
}

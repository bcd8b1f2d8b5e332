import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Staff search over 100,000 family messages, on SQLite (default) or PostgreSQL (`--postgres`, a
 * throwaway cluster as the tests use). `npm run bench` runs the SQLite case too.
 *   npx tsx bench/conversation-search.ts [--postgres]
 */
const postgres = process.argv.includes('--postgres');
const dir = mkdtempSync(join(tmpdir(), 'front-door-search-'));
const cluster = postgres ? await (await import('../test/support/postgres-cluster.js')).startPostgresCluster() : undefined;
try {
  const databaseUrl = cluster ? await (await import('../test/support/postgres-cluster.js')).createDatabase(cluster.adminUrl, 'search_bench') : undefined;
  // The dialect is fixed when server modules load, so they load after the URL is known.
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  const { createAppContext } = await import('../server/app-context.js');
  const { benchConversationSearch } = await import('./conversation-search-bench.js');
  const ctx = await createAppContext({ databasePath: join(dir, 'search.sqlite'), ...(databaseUrl ? { databaseUrl } : {}) });
  await benchConversationSearch(ctx);
  await ctx.store.close();
} finally {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}

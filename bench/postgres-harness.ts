import pg from 'pg';
import { openPostgres } from '../server/db/open-postgres.js';
import { createDatabase, createTemplateDatabase, startPostgresCluster } from '../test/support/postgres-cluster.js';

/**
 * Costs of the PostgreSQL test harness (test/support/postgres-cluster.ts) on this machine, median of
 * `runs`: start a throwaway cluster, build the migrated template, and give one test its database by
 * (a) CREATE DATABASE from template0 + migrations, (b) cloning the template with WAL_LOG (PostgreSQL's
 * default, what createDatabase does), (c) cloning it with FILE_COPY.
 *   npx tsx bench/postgres-harness.ts [runs]
 */
const runs = Number(process.argv[2] ?? 10);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const timed = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

const clusterStarted = performance.now();
const cluster = await startPostgresCluster();
const clusterStartMs = performance.now() - clusterStarted;
try {
  const template = 'bench_template';
  const templateMs = await timed(() => createTemplateDatabase(cluster.adminUrl, template));
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  const fresh: number[] = [];
  const walLog: number[] = [];
  const fileCopy: number[] = [];
  for (let run = 0; run < runs; run++) {
    fresh.push(await timed(async () => (await openPostgres(await createDatabase(cluster.adminUrl, `fresh_${run}`), { poolMax: 1 })).close()));
    walLog.push(await timed(() => admin.query(`create database wal_${run} template ${template} strategy wal_log`)));
    fileCopy.push(await timed(() => admin.query(`create database file_${run} template ${template} strategy file_copy`)));
  }
  await admin.end();
  console.log(JSON.stringify({ runs, clusterStartMs: Math.round(clusterStartMs), templateMs: Math.round(templateMs), freshMigratedMs: Math.round(median(fresh)), cloneWalLogMs: Math.round(median(walLog)), cloneFileCopyMs: Math.round(median(fileCopy)) }, null, 1));
} finally {
  await cluster.stop();
}

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { closedLoop, openLoop, type LoadResult } from './load/drive-load.js';
import { FamilyConversation } from './load/family-conversation.js';
import { parseLoadOptions, USAGE, type TargetName } from './load/load-options.js';
import { printOpenLoop, printRatios, printTable, type Row } from './load/load-report.js';
import { startTarget } from './load/server-target.js';
import { endpointOf, specsFor } from './load/target-specs.js';

/**
 * `npm run bench:load`: one run, this machine, three servers side by side under the same widget
 * clients (real sockets, real protocol, one loopback address per family): a bare ws echo, a ws
 * echo that stores each message in SQLite (WAL, synchronous=FULL) before acking, and the compiled
 * Front Door (dist/server/main.js, production settings). The clients run here, the servers in
 * child processes. docs/performance.md explains each figure.
 */
let options;
try {
  options = parseLoadOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (!existsSync('dist/server/main.js')) {
  console.error('dist/server/main.js is missing: run `npm run build` first (npm run bench:load does).');
  process.exit(2);
}
await build({
  entryPoints: { 'echo-server': 'bench/load/echo-server.ts', 'event-loop-probe': 'bench/load/event-loop-probe.ts' },
  outdir: 'dist/bench',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

const LABELS: Record<TargetName, string> = {
  echo: 'ws echo',
  sqlite: 'ws + SQLite FULL',
  'front-door': `Front Door ${options.processes}p ${options.databaseUrl ? 'PostgreSQL' : 'SQLite'}`,
};
const addressOf = (i: number) => `127.77.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
const CONNECT_CONCURRENCY = 50;

console.log(`Load benchmark ${new Date().toISOString()} on ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
if (options.processes > 1 && !options.databaseUrl) console.log('note: several processes on one SQLite file is not a supported deployment (issue 18); figures are for comparison only');
console.log(`closed loop: ${options.levels.join(', ')} conversations, one send per ${options.intervalMs} ms at most, ${options.warmupMs / 1000} s warm-up, ${options.measureMs / 1000} s measured`);

const closed = new Map<number, Row[]>(options.levels.map((level) => [level, []]));
const open: Row[] = [];
const dir = mkdtempSync(join(tmpdir(), 'front-door-load-'));
try {
  for (const name of options.targets) {
    const target = await startTarget(LABELS[name], './dist/bench/event-loop-probe.js', specsFor(name, { dir, ...options }));
    const conversations: FamilyConversation[] = [];
    // Conversations are added as the levels grow; family i talks to process i mod N from its own address.
    const connect = async (count: number) => {
      const started = performance.now();
      for (let i = conversations.length; i < count; i += CONNECT_CONCURRENCY) {
        const batch = Array.from({ length: Math.min(CONNECT_CONCURRENCY, count - i) }, (_, k) => i + k);
        conversations.push(...(await Promise.all(batch.map((n) => FamilyConversation.open(endpointOf(target.urls[n % target.urls.length]!), addressOf(n))))));
      }
      return performance.now() - started;
    };
    try {
      for (const level of options.levels) {
        const connectMs = await connect(level);
        const result: LoadResult = await closedLoop(target, conversations.slice(0, level), options);
        closed.get(level)!.push({ target: target.name, result });
        console.log(`  ${target.name} at ${level}: ${result.acks} acks in ${result.seconds.toFixed(1)} s (conversations opened in ${(connectMs / 1000).toFixed(1)} s)`);
        // A server still answering the last level's messages would skew the next: the run stays bounded instead.
        if (result.unanswered) throw new Error(`${result.unanswered} messages still unanswered 45 s after the ${level} window; higher levels and the open loop skipped`);
      }
      if (options.openConversations) {
        await connect(options.openConversations);
        open.push({ target: target.name, result: await openLoop(target, conversations.slice(0, options.openConversations), { periodMs: options.openPeriodMs, durationMs: options.openMs }) });
      }
    } catch (error) {
      console.log(`  ${target.name} stopped: ${(error as Error).message}`);
    } finally {
      for (const conversation of conversations) conversation.close();
      await target.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

for (const level of options.levels) {
  const rows = closed.get(level)!;
  printTable(`Closed loop, ${level} conversations`, rows);
  const of = (name: TargetName) => rows.find((r) => r.target === LABELS[name])?.result;
  printRatios(level, of('front-door'), of('sqlite'), of('echo'));
}
if (open.length) printOpenLoop(options.openPeriodMs / 1000, options.openConversations, open);
console.log('\nCPU ms/msg: server CPU (all its processes, user + kernel; kernel = its share) over the window / acks in it. Max loop delay: the server event loop\'s longest stall in the window.');
console.log('client CPU ms/msg: this load generator\'s own; when it times msg/s nears 1,000 ms (one core), the generator, not the server, limits msg/s.');
console.log(`load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine takes CPU from all three alike; compare within the run)`);

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Start-up and shutdown of the compiled server (run `npm run build` first):
 * ms from spawn to listening and to /readyz 200, and from SIGTERM to exit, against a bare
 * `node` process that starts and exits in the same run (the floor on this machine, under its load).
 *   npx tsx bench/measure-startup.ts [runs]
 */
const runs = Number(process.argv[2] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'front-door-startup-'));

function bareNode(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => spawn(process.execPath, ['-e', '']).once('exit', () => resolve(performance.now() - started)));
}

async function compiledServer(run: number): Promise<{ listening: number; ready: number; stop: number; code: number | null }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', SEED_DEMO: 'false', DATABASE_PATH: join(dir, `run-${run}.sqlite`) },
  });
  const url = await new Promise<string>((resolve) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const line = buffered.split('\n').find((l) => l.includes('"Front Door is running"'));
      if (!line) return;
      child.stdout.off('data', onData);
      resolve((JSON.parse(line) as { url: string }).url);
    };
    child.stdout.on('data', onData);
  });
  const listening = performance.now() - started;
  const response = await fetch(`${url}/readyz`);
  if (response.status !== 200) throw new Error(`/readyz answered ${response.status}`);
  const ready = performance.now() - started;
  const stopping = performance.now();
  const code = await new Promise<number | null>((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));
  return { listening, ready, stop: performance.now() - stopping, code };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const floor: number[] = [];
const results: Awaited<ReturnType<typeof compiledServer>>[] = [];
for (let run = 0; run < runs; run++) {
  floor.push(await bareNode());
  results.push(await compiledServer(run));
}
rmSync(dir, { recursive: true, force: true });
const base = median(floor);
const row = (label: string, values: number[]) => console.log(`${label.padEnd(34)} median ${median(values).toFixed(0).padStart(5)} ms  (${(median(values) / base).toFixed(1)}x bare node)`);
row('bare node start+exit', floor);
row('compiled server: listening', results.map((r) => r.listening));
row('compiled server: /readyz 200', results.map((r) => r.ready));
row('compiled server: SIGTERM -> exit', results.map((r) => r.stop));
console.log(`exit codes: ${results.map((r) => r.code).join(', ')}`);

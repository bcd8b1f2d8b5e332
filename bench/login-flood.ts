import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyGate } from '../server/security/concurrency-gate.js';
import { startServer } from '../server/start-server.js';

/**
 * `npx tsx bench/login-flood.ts`: /widget.js latency while 16 bogus sign-ins run at once, with the
 * scrypt gate (2 at a time) and without it (16 at a time, as before), against an idle baseline in
 * the same run. Needs `npm run build` first (for dist/widget.js).
 */
const dir = mkdtempSync(join(tmpdir(), 'front-door-flood-'));
const server = await startServer({ port: 0, databasePath: join(dir, 'flood.sqlite'), security: { trustedProxy: { kind: 'loopback' } } });
let round = 0;

async function widgetTimes(samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await (await fetch(`${server.url}/widget.js`)).arrayBuffer();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function flood(count: number): Promise<unknown> {
  round += 1;
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url, 'x-forwarded-for': `10.${round}.${i}.1` },
        body: JSON.stringify({ username: `nobody${round}-${i}`, password: 'guess' }),
      }).then((r) => r.arrayBuffer()),
    ),
  );
}

async function underFlood(): Promise<number[]> {
  const attack = flood(16);
  await new Promise((r) => setTimeout(r, 20));
  const times = await widgetTimes(10);
  await attack;
  return times;
}

const pct = (times: number[], p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
const show = (name: string, times: number[], base: number[]) =>
  console.log(`  ${name.padEnd(34)} p50 ${pct(times, 50).toFixed(1)} ms  max ${pct(times, 100).toFixed(1)} ms  (p50 ${(pct(times, 50) / pct(base, 50)).toFixed(1)}x idle)`);

await widgetTimes(5);
const idle = await widgetTimes(20);
const gated = await underFlood();
server.ctx.security.passwordGate = new ConcurrencyGate(16, 0);
const ungated = await underFlood();
console.log('\n/widget.js during 16 concurrent bogus sign-ins');
show('idle (baseline)', idle, idle);
show('with the scrypt gate (2 at a time)', gated, idle);
show('without it (16 at a time)', ungated, idle);
await server.close();
rmSync(dir, { recursive: true, force: true });

import { startTestServer } from '../test/support/test-server.js';
import { signIn } from '../test/support/staff-client.js';

/**
 * What a test file pays for seeded test servers, in a fresh process as each vitest file is: ms to
 * start a server without staff (the baseline), to start one seeded with the demo staff, and for a
 * demo sign-in, each a few times in turn; the machine's load moves both alike.
 *   npx tsx bench/measure-test-server.ts [rounds]
 */
const rounds = Number(process.argv[2] ?? 3);
const timed = async (run: () => Promise<unknown>) => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const plain: number[] = [];
const seeded: number[] = [];
const signIns: number[] = [];
for (let round = 0; round < rounds; round++) {
  plain.push(await timed(async () => (await startTestServer()).dispose()));
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  seeded.push(await timed(async () => (server = await startTestServer({ seed: true }))));
  signIns.push(await timed(() => signIn(server!.url, 'west')));
  await server!.dispose();
}
const row = (label: string, values: number[]) => console.log(`${label.padEnd(30)} median ${median(values).toFixed(0).padStart(5)} ms  (each: ${values.map((v) => v.toFixed(0)).join(', ')})`);
row('start, no staff (baseline)', plain);
row('start + seed demo staff', seeded);
row('demo sign-in', signIns);
console.log(`seeding adds ${(median(seeded) - median(plain)).toFixed(0)} ms per server (median)`);

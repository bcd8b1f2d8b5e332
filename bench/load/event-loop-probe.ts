/**
 * Preloaded into every benchmarked server (`node --import ./dist/bench/event-loop-probe.js …`) so
 * all three are measured the same way, and nothing is added to Front Door itself: no endpoint, no
 * env flag that could be left on in production. On 'probe' over the IPC channel it answers the
 * process's CPU time and the longest event-loop stall since the previous probe.
 *
 * The stall is how late a 10 ms timer fires (or, if it has not fired at all, how late it is now):
 * while the loop works through a backlog of socket reads no timer runs, so a server that queues
 * shows the whole backlog here, not just its slowest single handler.
 */
export interface ProbeReading {
  cpuMicros: number;
  /** The kernel's share of cpuMicros (writes, fsync): high means the cost is I/O, not JavaScript. */
  systemMicros: number;
  maxDelayMs: number;
}

const TICK_MS = 10;
let due = performance.now() + TICK_MS;
let maxDelayMs = 0;
setInterval(() => {
  const now = performance.now();
  maxDelayMs = Math.max(maxDelayMs, now - due);
  due = now + TICK_MS;
}, TICK_MS).unref();

process.on('message', (message) => {
  if (message !== 'probe' || !process.send) return;
  const cpu = process.cpuUsage();
  const reading: ProbeReading = { cpuMicros: cpu.user + cpu.system, systemMicros: cpu.system, maxDelayMs: Math.max(maxDelayMs, performance.now() - due) };
  maxDelayMs = 0;
  process.send(reading);
});

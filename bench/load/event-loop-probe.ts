import { epochNow, REPORT_MS, type StallReport } from './stall-report.js';

/**
 * Preloaded into every benchmarked server (`node --import ./dist/bench/event-loop-probe.js …`) so
 * all three are measured the same way, and nothing is added to Front Door itself: no endpoint, no
 * env flag that could be left on in production. It reports its longest event-loop stall (and when
 * it ended) over the IPC channel every REPORT_MS; the bench reads CPU time from /proc, which needs
 * no reply, so a server stalled for a minute is still measured (its silence is the stall).
 *
 * The stall is how late a 10 ms timer fires: while the loop works through a backlog of socket
 * reads no timer runs, so a server that queues shows the whole backlog, not one slow handler.
 */
const TICK_MS = 10;
let due = epochNow() + TICK_MS;
let reportAt = due + REPORT_MS;
let worst: StallReport = { maxDelayMs: 0, endedAt: 0 };
setInterval(() => {
  const now = epochNow();
  if (now - due > worst.maxDelayMs) worst = { maxDelayMs: now - due, endedAt: now };
  due = now + TICK_MS;
  if (now < reportAt || !process.connected) return;
  process.send!(worst);
  worst = { maxDelayMs: 0, endedAt: 0 };
  reportAt = now + REPORT_MS;
}, TICK_MS).unref();

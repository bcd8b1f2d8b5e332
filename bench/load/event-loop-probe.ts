import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Preloaded into every benchmarked server (`node --import dist/bench/event-loop-probe.js …`) so
 * all three are measured the same way, and nothing is added to Front Door itself: no endpoint, no
 * env flag that could be left on in production. On 'probe' over the IPC channel it answers the
 * process's CPU time and the event-loop delay since the previous probe, then starts a new window.
 */
export interface ProbeReading {
  cpuMicros: number;
  maxDelayMs: number;
  p99DelayMs: number;
}

// 10 ms sampling: a stall shows at its full length, and the probe costs ~100 timer wake-ups a second.
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

process.on('message', (message) => {
  if (message !== 'probe' || !process.send) return;
  const cpu = process.cpuUsage();
  const reading: ProbeReading = { cpuMicros: cpu.user + cpu.system, maxDelayMs: delay.max / 1e6, p99DelayMs: delay.percentile(99) / 1e6 };
  delay.reset();
  process.send(reading);
});

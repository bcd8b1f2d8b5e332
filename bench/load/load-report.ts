import type { LoadResult } from './drive-load.js';

/** Per-level rows of `npm run bench:load` and the goal ratios of issue 20, all from one run. */
export interface Row {
  target: string;
  result: LoadResult;
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

export const throughput = (r: LoadResult) => r.acks / r.seconds;
export const cpuPerMessage = (r: LoadResult) => (r.acks ? r.serverCpuMs / r.acks : NaN);
export const ackP99 = (r: LoadResult) => percentile(r.latencies, 99);

const ms = (value: number) => (Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(0));
const cell = (text: string, width: number) => text.padStart(width);

function problems(r: LoadResult): string {
  const notes = [...r.failures].map(([code, n]) => `${n} ${code}`);
  if (r.refusals) notes.push(`${r.refusals} rate refusals`);
  if (r.unanswered) notes.push(`${r.unanswered} unanswered at drain`);
  return notes.join(', ');
}

export function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  console.log(`  ${'server'.padEnd(22)}${cell('msg/s', 9)}${cell('ack p50', 10)}${cell('ack p99', 10)}${cell('CPU ms/msg', 12)}${cell('kernel', 8)}${cell('max loop delay', 16)}${cell('client CPU ms/msg', 19)}`);
  for (const { target, result: r } of rows) {
    const line = `  ${target.padEnd(22)}${cell(throughput(r).toFixed(0), 9)}${cell(`${ms(percentile(r.latencies, 50))} ms`, 10)}${cell(`${ms(ackP99(r))} ms`, 10)}`;
    const rest = `${cell(ms(cpuPerMessage(r)), 12)}${cell(`${((100 * r.serverSystemMs) / r.serverCpuMs).toFixed(0)}%`, 8)}${cell(`${ms(r.maxDelayMs)} ms`, 16)}${cell(ms(r.acks ? r.generatorCpuMs / r.acks : NaN), 19)}`;
    const issues = problems(r);
    console.log(`${line}${rest}${issues ? `  (${issues})` : ''}`);
  }
}

/** Front Door against the SQLite FULL echo of the same run: the two goals of issue 20. */
export function printRatios(level: number, frontDoor: LoadResult | undefined, sqlite: LoadResult | undefined, echo: LoadResult | undefined): void {
  if (!frontDoor || !sqlite) return;
  const share = throughput(frontDoor) / throughput(sqlite);
  const cpu = cpuPerMessage(frontDoor) / cpuPerMessage(sqlite);
  const goal = level >= 500 ? `goal >= 50%: ${share >= 0.5 ? 'met' : 'NOT met'}` : 'no goal at this level';
  console.log(`  ratios at ${level}: Front Door msg/s = ${(share * 100).toFixed(0)}% of ws+SQLite FULL (${goal}); CPU per message = ${cpu.toFixed(1)}x ws+SQLite FULL (goal <= 2x: ${cpu <= 2 ? 'met' : 'NOT met'})${echo ? `, ${(cpuPerMessage(frontDoor) / cpuPerMessage(echo)).toFixed(1)}x bare echo` : ''}`);
}

export function printOpenLoop(periodSeconds: number, conversations: number, rows: Row[]): void {
  console.log(`\nOpen loop: ${conversations} conversations, each one message every ${periodSeconds} s`);
  for (const { target, result: r } of rows) {
    const issues = problems(r);
    const goal = target.startsWith('Front Door') ? `  goal p99 < 50 ms: ${ackP99(r) < 50 ? 'met' : 'NOT met'}` : '';
    console.log(
      `  ${target.padEnd(22)} ${r.acks} acks, ${throughput(r).toFixed(0)} msg/s, ack p50 ${ms(percentile(r.latencies, 50))} ms, p99 ${ms(ackP99(r))} ms, max ${ms(percentile(r.latencies, 100))} ms; CPU ${ms(cpuPerMessage(r))} ms/msg; max loop delay ${ms(r.maxDelayMs)} ms${issues ? ` (${issues})` : ''}${goal}`,
    );
  }
}

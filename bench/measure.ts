/**
 * A tiny benchmark harness: runs a function for a fixed time after a warm-up and reports
 * operations per second. Results are only compared within one run (ratios to a baseline measured
 * moments earlier on the same machine), never against fixed numbers.
 */
export interface Measurement {
  name: string;
  opsPerSecond: number;
}

export function measure(name: string, run: () => unknown, { warmupMs = 200, durationMs = 1000 } = {}): Measurement {
  const until = (ms: number) => {
    const end = performance.now() + ms;
    let ops = 0;
    while (performance.now() < end) {
      for (let i = 0; i < 16; i++) run();
      ops += 16;
    }
    return ops;
  };
  until(warmupMs);
  const start = performance.now();
  const ops = until(durationMs);
  return { name, opsPerSecond: ops / ((performance.now() - start) / 1000) };
}

export function report(title: string, baseline: Measurement, subjects: Measurement[]): void {
  console.log(`\n${title}`);
  console.log(`  baseline  ${baseline.name}: ${format(baseline.opsPerSecond)} ops/s`);
  for (const subject of subjects) {
    const ratio = baseline.opsPerSecond / subject.opsPerSecond;
    console.log(`  ${subject.name}: ${format(subject.opsPerSecond)} ops/s — ${ratio.toFixed(2)}× the baseline's cost`);
  }
}

const format = (n: number) => Math.round(n).toLocaleString('en-GB');

/** As measure, for work that returns a promise: one operation at a time, each awaited. */
export async function measureAsync(name: string, run: () => Promise<unknown>, { warmupMs = 200, durationMs = 1000 } = {}): Promise<Measurement> {
  const until = async (ms: number) => {
    const end = performance.now() + ms;
    let ops = 0;
    while (performance.now() < end) {
      await run();
      ops += 1;
    }
    return ops;
  };
  await until(warmupMs);
  const start = performance.now();
  const ops = await until(durationMs);
  return { name, opsPerSecond: ops / ((performance.now() - start) / 1000) };
}

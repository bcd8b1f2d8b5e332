import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { epochNow, REPORT_MS, type StallReport } from './stall-report.js';

export interface CpuReading {
  /** CPU time of the target's processes so far (user + kernel), and the kernel's part. */
  cpuMicros: number;
  systemMicros: number;
}

/** One benchmarked server: its processes' URLs and a probe of their CPU and event-loop delay. */
export interface ServerTarget {
  name: string;
  urls: string[];
  cpu(): CpuReading;
  /** Longest event-loop stall of any of its processes within [from, to] (epoch ms; the part inside). */
  maxStall(from: number, to: number): number;
  stop(): Promise<void>;
}

export interface ProcessSpec {
  /** node arguments after the probe preload: a script and its own arguments. */
  args: string[];
  env: NodeJS.ProcessEnv;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Starts `specs` as child processes, each preloading the event-loop probe and reporting on an IPC
 * channel, and resolves once every one has logged the URL it listens on (Front Door's
 * "Front Door is running" line, or the echo server's one line).
 */
export async function startTarget(name: string, probePath: string, specs: ProcessSpec[]): Promise<ServerTarget> {
  // One after another: processes sharing a database must not run its migrations at the same time.
  const started: Started[] = [];
  for (const spec of specs) started.push(await startProcess(probePath, spec));
  const children = started.map((s) => s.child);
  return {
    name,
    urls: started.map((s) => s.url),
    cpu() {
      const readings = children.map((child) => cpuOf(child.pid!));
      return {
        cpuMicros: readings.reduce((sum, r) => sum + r.cpuMicros, 0),
        systemMicros: readings.reduce((sum, r) => sum + r.systemMicros, 0),
      };
    },
    maxStall: (from, to) => Math.max(...started.map((s) => s.stalls(from, to))),
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
              child.once('exit', () => (clearTimeout(kill), resolve()));
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/** Linux accounts process CPU in clock ticks of 1/100 s (USER_HZ). */
const MICROS_PER_TICK = 10_000;

/** utime and stime of a process, fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name). */
function cpuOf(pid: number): CpuReading {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const user = Number(fields[11]) * MICROS_PER_TICK;
  const system = Number(fields[12]) * MICROS_PER_TICK;
  return { cpuMicros: user + system, systemMicros: system };
}

interface Started {
  child: ChildProcess;
  url: string;
  stalls(from: number, to: number): number;
}

function startProcess(probePath: string, spec: ProcessSpec): Promise<Started> {
  const child = spawn(process.execPath, ['--import', probePath, ...spec.args], { env: spec.env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString('utf8')).slice(-4000)));
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`${spec.args[0]} did not start in ${START_TIMEOUT_MS} ms\n${errors}`))), START_TIMEOUT_MS);
    child.once('exit', (code) => (clearTimeout(timeout), reject(new Error(`${spec.args[0]} exited (${code}) before listening\n${errors}`))));
    let buffered = '';
    child.stdout!.on('data', function onData(chunk: Buffer) {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const url = listeningUrl(line);
        if (!url) continue;
        // From here stdout is only drained: the logs of a production-like run, not read.
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        clearTimeout(timeout);
        child.removeAllListeners('exit');
        return resolve({ child, url, stalls: stallWatch(child) });
      }
    });
  });
}

function listeningUrl(line: string): string | undefined {
  try {
    const entry = JSON.parse(line) as { url?: unknown; msg?: unknown };
    return typeof entry.url === 'string' && (entry.msg === undefined || entry.msg === 'Front Door is running') ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

/** Follows a child's stall reports; answers the longest part of a stall inside a time range. */
function stallWatch(child: ChildProcess): (from: number, to: number) => number {
  const reports: StallReport[] = [];
  let lastReport = epochNow();
  child.on('message', (report: StallReport) => {
    lastReport = epochNow();
    if (report.maxDelayMs > 0) reports.push(report);
  });
  const overlap = (start: number, end: number, from: number, to: number) => Math.max(0, Math.min(end, to) - Math.max(start, from));
  return (from, to) => {
    // A child silent for longer than its report interval is stalled now: that counts too.
    const ongoing = overlap(lastReport + REPORT_MS, epochNow(), from, to);
    return Math.max(ongoing, ...reports.map((r) => overlap(r.endedAt - r.maxDelayMs, r.endedAt, from, to)));
  };
}

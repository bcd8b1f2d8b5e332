import type { FamilyConversation } from './family-conversation.js';
import { FAMILY_MESSAGES } from './family-messages.js';
import type { ServerTarget } from './server-target.js';
import { epochNow, REPORT_MS } from './stall-report.js';

/** What one measured window produced. */
export interface LoadResult {
  seconds: number;
  acks: number;
  /** Ack latency of every message acknowledged in the window (ms). */
  latencies: number[];
  /** Sends that ended in an error frame (by code) or a closed socket. */
  failures: Map<string, number>;
  /** Frames refused for rate and resent (should stay 0: the clients pace under the limits). */
  refusals: number;
  /** Server CPU over the window (all its processes) and the load generator's own. */
  serverCpuMs: number;
  serverSystemMs: number;
  generatorCpuMs: number;
  maxDelayMs: number;
  /** Sends still unanswered when the drain timeout ended the window. */
  unanswered: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** After a window, outstanding sends get this long to be answered before the next one starts. */
const DRAIN_TIMEOUT_MS = 45_000;

/** A window: probes before and after `run`, collecting acks, failures and refusals. */
async function measured(target: ServerTarget, conversations: FamilyConversation[], run: (record: Recorder) => Promise<number>): Promise<LoadResult> {
  const refusalsBefore = conversations.reduce((sum, c) => sum + c.refusals, 0);
  const recorder = new Recorder();
  const before = target.cpu();
  const generatorBefore = process.cpuUsage();
  const started = performance.now();
  const from = epochNow();
  const unanswered = await run(recorder);
  const to = epochNow();
  const seconds = (performance.now() - started) / 1000;
  const generator = process.cpuUsage(generatorBefore);
  const after = target.cpu();
  // Reports of stalls that ended inside the window may still be on their way.
  await sleep(2 * REPORT_MS);
  return {
    seconds,
    acks: recorder.latencies.length,
    latencies: recorder.latencies,
    failures: recorder.failures,
    refusals: conversations.reduce((sum, c) => sum + c.refusals, 0) - refusalsBefore,
    serverCpuMs: (after.cpuMicros - before.cpuMicros) / 1000,
    serverSystemMs: (after.systemMicros - before.systemMicros) / 1000,
    generatorCpuMs: (generator.user + generator.system) / 1000,
    maxDelayMs: target.maxStall(from, to),
    unanswered,
  };
}

class Recorder {
  on = true;
  readonly latencies: number[] = [];
  readonly failures = new Map<string, number>();

  record(reply: true | string, ms: number): void {
    if (!this.on) return;
    if (reply === true) this.latencies.push(ms);
    else this.failures.set(reply, (this.failures.get(reply) ?? 0) + 1);
  }
}

/** Sends message `n` and records its outcome in the window open when the answer arrives; resolves with the send time. */
async function timedSay(conversation: FamilyConversation, n: number, windowNow: () => Recorder): Promise<number> {
  const started = performance.now();
  const reply = await conversation.say(FAMILY_MESSAGES[n % FAMILY_MESSAGES.length]!);
  windowNow().record(reply, performance.now() - started);
  return started;
}

/**
 * Closed loop: every conversation sends, waits for the ack, and sends again no sooner than
 * `intervalMs` after its previous send (pacing under the per-socket limit). After `warmupMs` the
 * window counts the acks received during `measureMs`, whenever their message was sent: a server
 * slower than the window still shows its throughput.
 */
export async function closedLoop(target: ServerTarget, conversations: FamilyConversation[], options: { intervalMs: number; warmupMs: number; measureMs: number }): Promise<LoadResult> {
  let running = true;
  const warmup = new Recorder();
  let recorder = warmup;
  warmup.on = false;
  const loops = conversations.map(async (conversation, i) => {
    await sleep(Math.random() * options.intervalMs);
    for (let n = i; running; n++) {
      const started = await timedSay(conversation, n, () => recorder);
      const wait = started + options.intervalMs - performance.now();
      if (wait > 0) await sleep(wait);
    }
  });
  await sleep(options.warmupMs);
  const result = await measured(target, conversations, async (window) => {
    recorder = window;
    await sleep(options.measureMs);
    window.on = false;
    return 0;
  });
  running = false;
  let finished = 0;
  for (const loop of loops) void loop.then(() => finished++);
  await Promise.race([Promise.all(loops), sleep(DRAIN_TIMEOUT_MS)]);
  return { ...result, unanswered: loops.length - finished };
}

/**
 * Open loop: every conversation sends one message each `periodMs` (first at a random phase)
 * whether or not earlier ones were answered, for `durationMs`; every send is timed to its ack.
 */
export async function openLoop(target: ServerTarget, conversations: FamilyConversation[], options: { periodMs: number; durationMs: number }): Promise<LoadResult> {
  return measured(target, conversations, async (recorder) => {
    const sends: Promise<unknown>[] = [];
    const until = performance.now() + options.durationMs;
    await Promise.all(
      conversations.map(async (conversation, i) => {
        let next = performance.now() + Math.random() * options.periodMs;
        for (let n = i; next < until; n++, next += options.periodMs) {
          await sleep(next - performance.now());
          sends.push(timedSay(conversation, n, () => recorder));
        }
      }),
    );
    let answered = 0;
    for (const send of sends) void send.then(() => answered++);
    await Promise.race([Promise.all(sends), sleep(DRAIN_TIMEOUT_MS)]);
    return sends.length - answered;
  });
}

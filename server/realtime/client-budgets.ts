import { LiveProcesses } from '../security/live-processes.js';
import type { SocketLimits } from './socket-limits.js';
import { TokenBucket } from './token-bucket.js';

interface AddressBudget {
  frames: TokenBucket;
  bytes: TokenBucket;
  cpu: TokenBucket;
  /** When this address started its recent conversations (ms), oldest first. */
  started: number[];
}

/**
 * Budgets per client address, shared by all of that address's family sockets, so opening more
 * sockets buys no more server time. Memory is bounded: idle addresses are forgotten on prune,
 * and past `maxTrackedAddresses` the oldest entry goes first (a Map keeps insertion order).
 * With several server processes, an address's frames, bytes and new conversations count once per
 * process here (its share of the budget): its sockets may be spread over all of them.
 */
export class ClientBudgets {
  readonly #byAddress = new Map<string, AddressBudget>();
  readonly #cpu: TokenBucket;

  constructor(
    private readonly limits: SocketLimits,
    private readonly now: () => number,
    private readonly processes: LiveProcesses = new LiveProcesses(),
  ) {
    this.#cpu = new TokenBucket(limits.globalCpuMs, now);
  }

  /** Charges one frame of `bytes` bytes; false when the address is over a budget or the server is busy with large frames. */
  takeFrame(address: string, bytes: number): boolean {
    const budget = this.#budget(address);
    if (!budget.cpu.hasCredit()) return false;
    if (bytes > this.limits.smallFrameBytes && !this.#cpu.hasCredit()) return false;
    const processes = this.processes.count;
    if (!budget.frames.take(Math.min(processes, this.limits.ipFrames.burst))) return false;
    return budget.bytes.take(Math.min(bytes * processes, this.limits.ipBytes.burst));
  }

  /** Charges the server time one admitted frame took to the address and to the shared budget. */
  chargeTime(address: string, ms: number): void {
    this.#budget(address).cpu.charge(ms);
    this.#cpu.charge(ms);
  }

  /** Counts a new conversation; false (and nothing counted) when the address has started too many. */
  takeConversation(address: string): boolean {
    const budget = this.#budget(address);
    const since = this.now() - this.limits.conversationWindowMs;
    while (budget.started.length && budget.started[0]! <= since) budget.started.shift();
    if (budget.started.length >= this.processes.shareOf(this.limits.conversationsPerIp)) return false;
    budget.started.push(this.now());
    return true;
  }

  /** Forgets addresses with full buckets and no conversations in the window. */
  prune(): void {
    const since = this.now() - this.limits.conversationWindowMs;
    for (const [address, budget] of this.#byAddress) {
      while (budget.started.length && budget.started[0]! <= since) budget.started.shift();
      if (budget.started.length === 0 && budget.frames.isFull() && budget.bytes.isFull() && budget.cpu.isFull()) this.#byAddress.delete(address);
    }
  }

  get size(): number {
    return this.#byAddress.size;
  }

  #budget(address: string): AddressBudget {
    let budget = this.#byAddress.get(address);
    if (!budget) {
      if (this.#byAddress.size >= this.limits.maxTrackedAddresses) this.#byAddress.delete(this.#byAddress.keys().next().value!);
      budget = {
        frames: new TokenBucket(this.limits.ipFrames, this.now),
        bytes: new TokenBucket(this.limits.ipBytes, this.now),
        cpu: new TokenBucket(this.limits.ipCpuMs, this.now),
        started: [],
      };
      this.#byAddress.set(address, budget);
    }
    return budget;
  }
}

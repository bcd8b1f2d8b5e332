import type { RawData, WebSocket } from 'ws';
import { measureWorkTime } from '../db/index.js';
import type { LiveProcesses } from '../security/live-processes.js';
import { ClientBudgets } from './client-budgets.js';
import type { SocketLimits } from './socket-limits.js';
import { TokenBucket } from './token-bucket.js';

export type SocketKind = 'widget' | 'staff';

/** One socket under the guard's rules; handlers send and receive only through this. */
export interface ProtectedSocket {
  readonly socket: WebSocket;
  readonly address: string;
  readonly limits: SocketLimits;
  /** Sends a frame unless the socket is over its buffered-bytes cap, in which case it is cut off. */
  send(frame: object): void;
  /**
   * Answers a frame refused for rate while the socket's refusal budget lasts. Other error replies
   * answer admitted frames, so the frame budget already bounds them; refused frames are not
   * bounded by anything but the network, so past this budget a flood gets silence.
   */
  sendRefusal(frame: object): void;
  /** Charges an incoming frame to the socket's and its address's budgets; false means refuse it. */
  admit(raw: RawData): boolean;
  /** Runs the handler of an admitted frame, charging the time it took to this address (family sockets). */
  timed(handle: () => Promise<void>): Promise<void>;
  /** Counts a new conversation for this address; false when it has started too many in the window. */
  takeConversation(): boolean;
  /** Runs `check` on every heartbeat while the socket is open (e.g. is the session still valid). */
  onHeartbeat(check: () => void | Promise<void>): void;
}

interface Entry {
  socket: WebSocket;
  alive: boolean;
  checks: (() => void | Promise<void>)[];
}

const byteLength = (raw: RawData): number =>
  Array.isArray(raw) ? raw.reduce((sum, part) => sum + part.length, 0) : raw instanceof ArrayBuffer ? raw.byteLength : raw.length;

/**
 * The one home of socket safety for both the widget and the staff socket: an `error` listener on
 * every socket (ws reports a protocol violation by emitting `error`, which with no listener ends
 * the process), a buffered-bytes cap, rate limits per socket and per client address, quiet error
 * replies, and one heartbeat timer that pings every socket and terminates those that stopped
 * answering (dead mobile sockets stop counting as online; proxies see traffic before their idle cut).
 */
export class SocketGuard {
  readonly budgets: ClientBudgets;
  readonly #entries = new Set<Entry>();
  readonly #timer: ReturnType<typeof setInterval>;

  constructor(
    readonly limits: SocketLimits,
    /** Monotonic milliseconds for rate limits; the domain clock (ctx.now) may be fixed in tests. */
    private readonly clock: () => number = () => performance.now(),
    /** The processes sharing per-address budgets (one unless several share a PostgreSQL). */
    processes?: LiveProcesses,
  ) {
    this.budgets = new ClientBudgets(limits, clock, processes);
    this.#timer = setInterval(() => this.#beat(), limits.heartbeatMs);
    this.#timer.unref();
  }

  protect(socket: WebSocket, kind: SocketKind, address: string): ProtectedSocket {
    const limits = this.limits;
    const entry: Entry = { socket, alive: true, checks: [] };
    this.#entries.add(entry);
    socket.on('error', (error) => {
      // A bad frame from the client (ws has already closed this socket with 1002/1007/1009) or a
      // network failure: both end this socket only. Logged without payload: it may be personal data.
      console.warn(`${kind} socket error from ${address}: ${(error as { code?: string }).code ?? error.message}`);
    });
    socket.on('pong', () => (entry.alive = true));
    socket.once('close', () => this.#entries.delete(entry));

    const frames = new TokenBucket(kind === 'widget' ? limits.widgetFrames : limits.staffFrames, this.clock);
    const bytes = kind === 'widget' ? new TokenBucket(limits.widgetBytes, this.clock) : undefined;
    const errors = new TokenBucket(limits.errorReplies, this.clock);
    let holdUntil = -Infinity;
    let cutOff = false;

    const send = (frame: object): void => {
      if (socket.readyState !== socket.OPEN || cutOff) return;
      // Over the cap the client is not reading. Dropping frames would leave its view silently
      // wrong, and a close frame would only queue behind the backlog, so the socket is
      // terminated: the client reconnects and gets a fresh snapshot (widget resume, console queue).
      if (socket.bufferedAmount > limits.maxBufferedBytes) {
        cutOff = true;
        console.warn(`${kind} socket from ${address} cut off: ${socket.bufferedAmount} bytes unread`);
        socket.terminate();
        return;
      }
      socket.send(JSON.stringify(frame));
    };

    return {
      socket,
      address,
      limits,
      send,
      sendRefusal(frame) {
        if (errors.take()) send(frame);
      },
      admit: (raw) => {
        const size = byteLength(raw);
        const now = this.clock();
        // While held, everything is refused: a client retrying in order after its first refusal
        // never has a later frame overtake an earlier one.
        const ok =
          now >= holdUntil &&
          frames.take() &&
          (bytes?.take(size) ?? true) &&
          (kind === 'staff' || this.budgets.takeFrame(address, size));
        if (!ok) holdUntil = now + limits.rateHoldMs;
        return ok;
      },
      timed: async (handle) => {
        // Only the database work done for this frame counts (it runs the screening and the flow), not
        // the time it waited behind other families' frames: a busy server must not refuse everyone.
        const ms = await measureWorkTime(handle);
        if (kind === 'widget') this.budgets.chargeTime(address, ms);
      },
      takeConversation: () => this.budgets.takeConversation(address),
      onHeartbeat(check) {
        entry.checks.push(check);
      },
    };
  }

  /** Sockets currently guarded (for the bench and tests). */
  get size(): number {
    return this.#entries.size;
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  #beat(): void {
    for (const entry of [...this.#entries]) {
      const { socket } = entry;
      if (!entry.alive) {
        socket.terminate();
        continue;
      }
      if (socket.readyState !== socket.OPEN) continue;
      entry.alive = false;
      socket.ping();
      for (const check of entry.checks) {
        // A check that fails (a busy database) is tried again on the next beat; it never ends the process.
        Promise.resolve()
          .then(check)
          .catch((error: unknown) => console.error('socket heartbeat check failed', error));
      }
    }
    this.budgets.prune();
  }
}

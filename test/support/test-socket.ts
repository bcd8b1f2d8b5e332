import WebSocket from 'ws';

type Frame = { type: string; [key: string]: unknown };

/** A real WebSocket client that records every frame and can wait for one matching a predicate. */
export class TestSocket {
  readonly frames: Frame[] = [];
  readonly #socket: WebSocket;
  readonly #waiters: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  closed: { code: number; reason: string } | undefined;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      this.frames.push(frame);
      for (const waiter of [...this.#waiters]) {
        if (waiter.match(frame)) {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
          waiter.resolve(frame);
        }
      }
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
    });
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<TestSocket> {
    const socket = new WebSocket(url, { headers });
    const client = new TestSocket(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  send(frame: object | string): void {
    this.#socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Resolves with the first frame (already received after `since`, or arriving) that matches. */
  waitFor<T extends Frame = Frame>(match: (f: Frame) => boolean, { since = 0, timeoutMs = 5000 } = {}): Promise<T> {
    const seen = this.frames.slice(since).find(match);
    if (seen) return Promise.resolve(seen as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames.slice(since).map((f) => f.type))}`)), timeoutMs);
      this.#waiters.push({ match, resolve: (f) => (clearTimeout(timer), resolve(f as T)) });
    });
  }

  /** Sends a frame and waits for the matching reply after it. */
  async request<T extends Frame = Frame>(frame: object | string, match: (f: Frame) => boolean, timeoutMs?: number): Promise<T> {
    const since = this.frames.length;
    this.send(frame);
    return this.waitFor<T>(match, { since, ...(timeoutMs ? { timeoutMs } : {}) });
  }

  get isOpen(): boolean {
    return this.#socket.readyState === WebSocket.OPEN;
  }

  async close(): Promise<void> {
    if (this.#socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      this.#socket.once('close', () => resolve());
      this.#socket.close();
    });
  }
}

export const wsUrl = (httpUrl: string, path: string) => httpUrl.replace(/^http/, 'ws') + path;

import WebSocket from 'ws';

/** Where and as whom a conversation connects: the same page origin and Host a deployment sees. */
export interface Endpoint {
  url: string;
  host: string;
  origin: string;
}

type Reply = { ok: true } | { ok: false; code: string };

/** How long a rate refusal holds a socket (server/realtime/socket-limits.ts, rateHoldMs). */
const RATE_HOLD_MS = 1_000;
const OPEN_TIMEOUT_MS = 30_000;

/**
 * One family's widget socket following the real protocol: `conversation.resume` (a new
 * conversation), then `message.send` frames, each resolved by its `message.acked`. A refusal for
 * rate is held and resent with the same client message id, as the widget does, and counted.
 */
export class FamilyConversation {
  refusals = 0;
  #sent = 0;
  readonly #waiting = new Map<string, (reply: Reply) => void>();

  private constructor(
    private readonly socket: WebSocket,
    private readonly name: string,
  ) {
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { type: string; clientMessageId?: string; code?: string };
      if (!frame.clientMessageId) return;
      if (frame.type === 'message.acked') this.#waiting.get(frame.clientMessageId)?.({ ok: true });
      else if (frame.type === 'error') this.#waiting.get(frame.clientMessageId)?.({ ok: false, code: frame.code ?? 'error' });
    });
    socket.on('close', () => {
      for (const resolve of this.#waiting.values()) resolve({ ok: false, code: 'closed' });
    });
  }

  /** Opens the socket from `localAddress` (one loopback address per family) and starts a conversation. */
  static open(endpoint: Endpoint, localAddress: string): Promise<FamilyConversation> {
    const socket = new WebSocket(`${endpoint.url.replace(/^http/, 'ws')}/ws/widget`, {
      localAddress,
      headers: { Host: endpoint.host, Origin: endpoint.origin },
      handshakeTimeout: OPEN_TIMEOUT_MS,
    });
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => reject(new Error(`conversation from ${localAddress}: ${error.message}`));
      socket.once('error', fail);
      socket.once('unexpected-response', (_request, response) => fail(new Error(`upgrade refused with HTTP ${response.statusCode}`)));
      socket.once('open', () => socket.send(JSON.stringify({ type: 'conversation.resume', language: 'en' })));
      socket.on('message', function ready(raw) {
        const frame = JSON.parse(String(raw)) as { type: string; code?: string; message?: string };
        if (frame.type === 'error') fail(new Error(`${frame.code}: ${frame.message}`));
        if (frame.type !== 'conversation.ready') return;
        socket.off('message', ready);
        socket.off('error', fail);
        socket.on('error', () => {});
        resolve(new FamilyConversation(socket, localAddress));
      });
    });
  }

  /** Sends one message and resolves with its ack (true) or the error code that ended it. */
  async say(text: string): Promise<true | string> {
    const clientMessageId = `${this.name}-${++this.#sent}`.padEnd(8, '-');
    for (;;) {
      const reply = await new Promise<Reply>((resolve) => {
        this.#waiting.set(clientMessageId, resolve);
        if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ type: 'message.send', clientMessageId, text }));
        else resolve({ ok: false, code: 'closed' });
      });
      this.#waiting.delete(clientMessageId);
      if (reply.ok) return true;
      if (reply.code !== 'rate-limited') return reply.code;
      this.refusals++;
      await new Promise((resolve) => setTimeout(resolve, RATE_HOLD_MS));
    }
  }

  close(): void {
    this.socket.terminate();
  }
}

import { reconnectDelay } from './reconnect-delay.js';

export type SocketStatus = 'idle' | 'connecting' | 'open' | 'offline';

export interface ReconnectingSocketHandlers<In> {
  onOpen(): void;
  onFrame(frame: In): void;
  onStatus(status: SocketStatus): void;
  /** A close code the server means as final (e.g. "sign in again"): no reconnect follows. */
  isFinalClose?(code: number): boolean;
  onClosedForGood?(code: number): void;
}

export interface ReconnectingSocket<Out> {
  /** Connects (if not already) and keeps reconnecting until stop(). */
  start(): void;
  /** Drops the socket and connects afresh at once (e.g. to begin a new conversation). */
  restart(): void;
  /** Sends now if the socket is open; false means the caller must keep the frame for later. */
  send(frame: Out): boolean;
  /** Closes for good: no reconnects (quick exit, sign-out, page leaving). */
  stop(): void;
}

/**
 * One WebSocket with reconnects, shared by the widget and the console: capped exponential backoff
 * with jitter, plus an immediate retry when the device comes back online or the tab becomes
 * visible (mobile browsers kill background sockets). The attempt counter resets only when a frame
 * arrives, so a server that accepts and drops connections still gets backed off.
 */
export function createReconnectingSocket<Out, In extends { type: string }>(
  url: string,
  handlers: ReconnectingSocketHandlers<In>,
  random = Math.random,
  /** A socket to `url` someone already began opening (the widget's launcher stub), used for the first connect. */
  early: WebSocket | null = null,
): ReconnectingSocket<Out> {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  function connect(): void {
    clearTimeout(timer);
    if (!running || socket) return;
    const adopted = early && early.readyState <= WebSocket.OPEN ? early : null;
    early = null;
    const ws = adopted ?? new WebSocket(url);
    socket = ws;
    handlers.onStatus('connecting');
    ws.onopen = () => {
      if (socket !== ws) return;
      handlers.onStatus('open');
      handlers.onOpen();
    };
    // Already open: its open event is gone, so announce it now.
    if (adopted?.readyState === WebSocket.OPEN) queueMicrotask(() => ws.onopen?.(new Event('open')));
    ws.onmessage = (event) => {
      if (socket !== ws || typeof event.data !== 'string') return;
      attempt = 0;
      let frame: unknown;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      if (frame && typeof (frame as { type?: unknown }).type === 'string') handlers.onFrame(frame as In);
    };
    ws.onclose = (event) => {
      if (socket !== ws) return;
      socket = null;
      if (handlers.isFinalClose?.(event.code)) {
        stop();
        handlers.onClosedForGood?.(event.code);
        return;
      }
      handlers.onStatus('offline');
      if (running) timer = setTimeout(connect, reconnectDelay(attempt++, random()));
    };
  }

  function retryNow(): void {
    if (running && !socket && document.visibilityState !== 'hidden') connect();
  }

  function drop(): void {
    const old = socket;
    socket = null;
    old?.close();
  }

  function stop(): void {
    running = false;
    clearTimeout(timer);
    window.removeEventListener('online', retryNow);
    document.removeEventListener('visibilitychange', retryNow);
    drop();
    handlers.onStatus('idle');
  }

  return {
    start() {
      if (running) return;
      running = true;
      attempt = 0;
      window.addEventListener('online', retryNow);
      document.addEventListener('visibilitychange', retryNow);
      connect();
    },
    restart() {
      drop();
      connect();
    },
    send(frame) {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(frame));
      return true;
    },
    stop,
  };
}

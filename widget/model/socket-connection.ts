import type { WidgetClientFrame, WidgetServerFrame } from '../../server/protocol/index.js';
import { reconnectDelay } from './reconnect-delay.js';

export type SocketStatus = 'idle' | 'connecting' | 'open' | 'offline';

export interface SocketHandlers {
  onOpen(): void;
  onFrame(frame: WidgetServerFrame): void;
  onStatus(status: SocketStatus): void;
}

export interface SocketConnection {
  /** Connects (if not already) and keeps reconnecting until stop(). */
  start(): void;
  /** Drops the socket and connects afresh at once (e.g. to begin a new conversation). */
  restart(): void;
  /** Sends now if the socket is open; false means the caller must keep the frame for later. */
  send(frame: WidgetClientFrame): boolean;
  /** Closes for good: no reconnects (quick exit, page leaving). */
  stop(): void;
}

/**
 * One WebSocket with reconnects: capped exponential backoff with jitter, plus an immediate retry
 * when the phone comes back online or the tab becomes visible (mobile browsers kill background
 * sockets). The attempt counter resets only when a frame arrives, so a server that accepts and
 * drops connections still gets backed off.
 */
export function createSocketConnection(url: string, handlers: SocketHandlers, random = Math.random): SocketConnection {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  function connect(): void {
    clearTimeout(timer);
    if (!running || socket) return;
    const ws = new WebSocket(url);
    socket = ws;
    handlers.onStatus('connecting');
    ws.onopen = () => {
      if (socket !== ws) return;
      handlers.onStatus('open');
      handlers.onOpen();
    };
    ws.onmessage = (event) => {
      if (socket !== ws || typeof event.data !== 'string') return;
      attempt = 0;
      let frame: unknown;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      if (frame && typeof (frame as { type?: unknown }).type === 'string') handlers.onFrame(frame as WidgetServerFrame);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
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

  return {
    start() {
      if (running) return;
      running = true;
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
    stop() {
      running = false;
      clearTimeout(timer);
      window.removeEventListener('online', retryNow);
      document.removeEventListener('visibilitychange', retryNow);
      drop();
      handlers.onStatus('idle');
    },
  };
}

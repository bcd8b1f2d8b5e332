import type { StaffClientFrame, StaffServerFrame } from '../../server/protocol/index.js';
import { reconnectDelay } from './reconnect-delay.js';

export type SocketStatus = 'idle' | 'connecting' | 'open' | 'offline' | 'forbidden';

/** Close codes the server uses to refuse a console: not signed in, or a role without queue access. */
const NOT_SIGNED_IN = 4401;
const FORBIDDEN = 4403;

export interface StaffSocketHandlers {
  onOpen(): void;
  onFrame(frame: StaffServerFrame): void;
  onStatus(status: SocketStatus): void;
  /** The session is gone; reconnecting would only be refused again. */
  onSignedOut(): void;
}

export interface StaffSocket {
  start(): void;
  /** Sends now if open; false means the caller keeps the frame and resends on reconnect. */
  send(frame: StaffClientFrame): boolean;
  stop(): void;
}

/**
 * The console's one WebSocket. Reconnects with backoff, and at once when the network or the tab
 * comes back. The attempt count resets only when a frame arrives, so a server that accepts and
 * immediately drops connections is still backed off.
 */
export function createStaffSocket(url: string, handlers: StaffSocketHandlers, random = Math.random): StaffSocket {
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
      if (frame && typeof (frame as { type?: unknown }).type === 'string') handlers.onFrame(frame as StaffServerFrame);
    };
    ws.onclose = (event) => {
      if (socket !== ws) return;
      socket = null;
      if (event.code === NOT_SIGNED_IN) {
        stop('idle');
        handlers.onSignedOut();
      } else if (event.code === FORBIDDEN) {
        stop('forbidden');
      } else {
        handlers.onStatus('offline');
        if (running) timer = setTimeout(connect, reconnectDelay(attempt++, random()));
      }
    };
  }

  function retryNow(): void {
    if (running && !socket && document.visibilityState !== 'hidden') connect();
  }

  function stop(status: SocketStatus): void {
    running = false;
    clearTimeout(timer);
    window.removeEventListener('online', retryNow);
    document.removeEventListener('visibilitychange', retryNow);
    const old = socket;
    socket = null;
    old?.close();
    handlers.onStatus(status);
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
    send(frame) {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(frame));
      return true;
    },
    stop: () => stop('idle'),
  };
}

/** ws:// or wss:// on the page's own origin, so the session cookie goes with the upgrade. */
export function staffSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws/staff`;
}

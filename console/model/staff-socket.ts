import type { StaffClientFrame, StaffServerFrame } from '../../server/protocol/index.js';
import { createReconnectingSocket, type SocketStatus as CoreStatus } from '../../client-core/reconnecting-socket.js';

export type SocketStatus = CoreStatus | 'forbidden';

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

/** The console's one WebSocket; a refusal by the server (signed out, wrong role) is final. */
export function createStaffSocket(url: string, handlers: StaffSocketHandlers, random = Math.random): StaffSocket {
  return createReconnectingSocket<StaffClientFrame, StaffServerFrame>(
    url,
    {
      onOpen: handlers.onOpen,
      onFrame: handlers.onFrame,
      onStatus: handlers.onStatus,
      isFinalClose: (code) => code === NOT_SIGNED_IN || code === FORBIDDEN,
      onClosedForGood(code) {
        if (code === NOT_SIGNED_IN) handlers.onSignedOut();
        else handlers.onStatus('forbidden');
      },
    },
    random,
  );
}

/** ws:// or wss:// on the page's own origin, so the session cookie goes with the upgrade. */
export function staffSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws/staff`;
}

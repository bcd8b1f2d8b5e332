import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { AppContext } from '../app-context.js';
import { isSameOrigin, keepSessionAlive, sessionOfUpgrade } from '../auth/index.js';
import { handleStaffSocket } from './staff-socket.js';

/** Close codes the console understands: sign in again, or this role has no console. */
export const CLOSE_UNAUTHENTICATED = 4401;
export const CLOSE_FORBIDDEN = 4403;

/**
 * A staff socket needs a live session cookie from a same-origin page (browsers send cookies on
 * cross-site WebSocket upgrades, so the Origin check stops another site driving the console).
 */
export function upgradeStaffSocket(ctx: AppContext, socket: WebSocket, request: IncomingMessage): void {
  const session = sessionOfUpgrade(ctx, request);
  if (!session || !isSameOrigin(request.headers.origin, request.headers.host)) {
    socket.close(CLOSE_UNAUTHENTICATED, 'sign in first');
    return;
  }
  if (session.staff.role === 'translator') {
    socket.close(CLOSE_FORBIDDEN, 'translators have no queue');
    return;
  }
  socket.on('message', () => keepSessionAlive(ctx, session.sessionId));
  handleStaffSocket(ctx, socket, session.staff);
}

import type { IncomingMessage } from 'node:http';
import type { RawData } from 'ws';
import type { AppContext } from '../app-context.js';
import { isSameOrigin, keepSessionAlive, sessionOfUpgrade } from '../auth/index.js';
import type { ProtectedSocket } from './socket-guard.js';
import { CLOSE_UNAUTHENTICATED, handleStaffSocket } from './staff-socket.js';

/** Close codes the console understands: sign in again, or this role has no console. */
export { CLOSE_UNAUTHENTICATED };
export const CLOSE_FORBIDDEN = 4403;

/**
 * A staff socket needs a live session cookie from a same-origin page (browsers send cookies on
 * cross-site WebSocket upgrades, so the Origin check stops another site driving the console).
 */
export async function upgradeStaffSocket(ctx: AppContext, guarded: ProtectedSocket, request: IncomingMessage): Promise<void> {
  // Frames the console sends while the session is looked up are kept, then handled in order.
  const early: RawData[] = [];
  const hold = (raw: RawData) => early.push(raw);
  guarded.socket.on('message', hold);
  const session = await sessionOfUpgrade(ctx, request);
  guarded.socket.off('message', hold);
  if (!session || !isSameOrigin(request.headers.origin, request.headers.host)) {
    guarded.socket.close(CLOSE_UNAUTHENTICATED, 'sign in first');
    return;
  }
  if (session.staff.role === 'translator') {
    guarded.socket.close(CLOSE_FORBIDDEN, 'translators have no queue');
    return;
  }
  guarded.socket.on('message', () => void keepSessionAlive(ctx, session.sessionId));
  handleStaffSocket(ctx, guarded, session.staff, session.sessionId, early);
}

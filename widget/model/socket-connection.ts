import type { WidgetClientFrame, WidgetServerFrame } from '../../server/protocol/index.js';
import { createReconnectingSocket, type ReconnectingSocket, type ReconnectingSocketHandlers } from '../../client-core/reconnecting-socket.js';

export type { SocketStatus } from '../../client-core/reconnecting-socket.js';
export type SocketHandlers = ReconnectingSocketHandlers<WidgetServerFrame>;
export type SocketConnection = ReconnectingSocket<WidgetClientFrame>;

/** The family's one socket to /ws/widget. */
export function createSocketConnection(url: string, handlers: SocketHandlers, random = Math.random, early: WebSocket | null = null): SocketConnection {
  return createReconnectingSocket<WidgetClientFrame, WidgetServerFrame>(url, handlers, random, early);
}

import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { Logger } from './create-logger.js';

/**
 * One id per socket, logged when it opens and closes (with the close code), so an operator can
 * follow one connection. Frames are never logged: they carry the family's words.
 */
export function logSocket(log: Logger, kind: 'widget' | 'staff', socket: WebSocket): void {
  const socketLog = log.child({ socketId: randomUUID(), socket: kind });
  socketLog.info('socket opened');
  socket.once('close', (code) => socketLog.info({ code }, 'socket closed'));
}

import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { EmbedOriginPolicy } from './embed-origin-policy.js';

/**
 * Answers a widget socket upgrade from a page the policy does not allow with a plain HTTP 403,
 * before any WebSocket is made. Returns true when it refused (the caller stops there).
 *
 * Browsers always send Origin on a WebSocket handshake, and it cannot be forged from a page; other
 * clients (tests, monitoring) send none and could send any, so a missing Origin is not refused:
 * the check protects families' browsers, not the server.
 */
export function refuseForeignUpgrade(policy: EmbedOriginPolicy, request: IncomingMessage, socket: Duplex): boolean {
  const origin = request.headers.origin;
  if (origin === undefined || policy.allows(origin, request.headers.host)) return false;
  const body = 'This page is not allowed to embed the Front Door chat (EMBED_ORIGINS).\n';
  socket.on('error', () => socket.destroy());
  socket.end(
    `HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  return true;
}

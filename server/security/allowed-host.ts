import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * DNS rebinding defence: a page on attacker.example whose name is made to resolve to us would send
 * `Host: attacker.example`. We answer only to the hosts we are configured for. An entry without a
 * port allows any port; "host:port" allows that one.
 */
export function isAllowedHost(allowed: readonly string[], hostHeader: string | undefined): boolean {
  if (!hostHeader || hostHeader.length > 300) return false;
  const host = hostHeader.trim().toLowerCase();
  const name = host.replace(/:\d+$/, '');
  return allowed.some((entry) => entry === host || entry === name);
}

/** The default localhost entries narrowed to the port we actually listen on. */
export function hostsForPort(names: readonly string[], port: number): string[] {
  return names.map((name) => `${name}:${port}`);
}

/** The same check for a WebSocket upgrade (which bypasses Hono): true when refused and closed. */
export function refuseUnknownHost(allowed: readonly string[], request: IncomingMessage, socket: Duplex): boolean {
  if (isAllowedHost(allowed, request.headers.host)) return false;
  socket.end('HTTP/1.1 421 Misdirected Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  return true;
}

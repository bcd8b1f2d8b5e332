import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import type { TrustedProxy } from './security-options.js';

/** What we may believe about who is asking and over what: the same rule for HTTP and socket upgrades. */
export interface ClientFacts {
  /** The client's address (after trusted proxies), or "unknown" when there is no socket (tests through app.request). */
  ip: string;
  /** Served over TLS, ours or a trusted proxy's. */
  secure: boolean;
}

export interface RawConnection {
  remoteAddress: string | undefined;
  /** The socket itself is TLS. */
  encrypted: boolean;
  headers: IncomingHttpHeaders | Headers;
}

const header = (headers: IncomingHttpHeaders | Headers, name: string): string | undefined => {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? undefined);
};

const stripMapped = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

export function isLoopback(address: string): boolean {
  const plain = stripMapped(address);
  return plain === '::1' || /^127\.\d+\.\d+\.\d+$/.test(plain);
}

export function clientFacts(trust: TrustedProxy, connection: RawConnection): ClientFacts {
  const peer = connection.remoteAddress ? stripMapped(connection.remoteAddress) : 'unknown';
  const peerTrusted = trust.kind === 'hops' || (trust.kind === 'loopback' && isLoopback(peer));
  if (!peerTrusted) return { ip: peer, secure: connection.encrypted };
  const forwarded = (header(connection.headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((part) => stripMapped(part.trim()))
    .filter((part) => isIP(part) !== 0);
  // Read from the right: each trusted proxy appended the address it saw; anything further left
  // was written by the client and is not believed.
  const ip = trust.kind === 'hops' ? (forwarded.at(-trust.hops) ?? forwarded[0] ?? peer) : ([...forwarded].reverse().find((a) => !isLoopback(a)) ?? peer);
  // The proxy nearest us must set (not append) X-Forwarded-Proto; the last value is the one it wrote.
  const proto = (header(connection.headers, 'x-forwarded-proto') ?? '').split(',').at(-1)?.trim().toLowerCase();
  return { ip, secure: connection.encrypted || proto === 'https' };
}

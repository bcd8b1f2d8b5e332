import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import { clientOfUpgrade } from '../security/client-of.js';
import type { SecurityOptions } from '../security/security-options.js';

/**
 * The address budgets are kept by: the client's address as the trusted-proxy rule reads it
 * (X-Forwarded-For only from a configured TRUSTED_PROXY, since anyone can write it). IPv6 clients
 * are grouped by their /64, the block one subscriber is usually given, so rotating addresses
 * within it buys nothing.
 */
export function clientAddress(request: IncomingMessage, options: SecurityOptions): string {
  const raw = clientOfUpgrade(request, options).ip;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (mapped) return mapped[1]!;
  if (!isIPv6(raw)) return raw;
  return `${expandIPv6(raw).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const zeros = Array(Math.max(0, 8 - left.length - right.length)).fill('0');
  return [...left, ...(address.includes('::') ? zeros : []), ...right].map((part) => part.toLowerCase().replace(/^0+(?=.)/, ''));
}

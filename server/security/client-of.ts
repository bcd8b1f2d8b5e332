import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Context } from 'hono';
import type { SecurityOptions } from './security-options.js';
import { clientFacts, type ClientFacts } from './client-facts.js';

/** Client facts for a Hono request; under @hono/node-server the socket is on c.env.incoming. */
export function clientOf(c: Context, options: SecurityOptions): ClientFacts {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return clientFacts(options.trustedProxy, {
    remoteAddress: incoming?.socket.remoteAddress,
    encrypted: Boolean((incoming?.socket as TLSSocket | undefined)?.encrypted),
    headers: c.req.raw.headers,
  });
}

/** Client facts for a WebSocket upgrade, which never reaches Hono. */
export function clientOfUpgrade(request: IncomingMessage, options: SecurityOptions): ClientFacts {
  return clientFacts(options.trustedProxy, {
    remoteAddress: request.socket.remoteAddress,
    encrypted: Boolean((request.socket as TLSSocket).encrypted),
    headers: request.headers,
  });
}

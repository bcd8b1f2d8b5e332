import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from './create-logger.js';

declare module 'hono' {
  interface ContextVariableMap {
    requestId: string;
    log: Logger;
  }
}

/** An id a proxy or client sent may be kept, but only if it is short and plain (it goes into logs). */
const INBOUND_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * One request id per HTTP request (kept from X-Request-Id when plausible, else new), returned in
 * X-Request-Id and attached to every log line about the request. The access line carries method,
 * path, status and duration only: never the query string (searches hold names), bodies or headers.
 */
export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const inbound = c.req.header('x-request-id');
    const requestId = inbound && INBOUND_ID.test(inbound) ? inbound : randomUUID();
    const child = log.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', child);
    const started = performance.now();
    await next();
    c.res.headers.set('x-request-id', requestId);
    const status = c.res.status;
    const line = { method: c.req.method, path: c.req.path, status, ms: Math.round(performance.now() - started) };
    // Probes every few seconds would drown the log; a 503 from /readyz is an answer, not a failure.
    if (c.req.path === '/healthz' || c.req.path === '/readyz') child.debug(line, 'request');
    else if (status >= 500) child.error(line, 'request failed');
    else child.info(line, 'request');
  };
}

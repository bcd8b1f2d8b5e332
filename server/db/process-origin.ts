import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * A name for this open store among the server processes sharing one database: host, process id and
 * a random part (a restarted process, or two stores in one test process, never share a name). Only
 * letters, digits and `.:_-`, so it can travel as a connection setting and in a NOTIFY payload.
 */
export function newProcessOrigin(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`.replace(/[^\w.:-]/g, '_');
}

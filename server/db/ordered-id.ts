import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * An id that sorts in creation order within this process (time, then a counter), with random bits
 * so ids from different processes never collide. Rows written in one transaction share a timestamp,
 * so ordering by (time, id) keeps them in the order they were written, on SQLite and PostgreSQL alike.
 */
export function orderedId(): string {
  const ms = Date.now();
  counter = ms === lastMs ? counter + 1 : 0;
  lastMs = ms;
  return `${ms.toString(16).padStart(12, '0')}${counter.toString(16).padStart(6, '0')}${randomBytes(7).toString('hex')}`;
}

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

let lastUuidMs = 0;
let uuidCounter = 0;

/**
 * A UUID (version 7: milliseconds, then a counter in the 12 "rand_a" bits, then random bits) that
 * sorts in creation order within this process, for rows whose id must stay a UUID on the wire.
 */
export function orderedUuid(): string {
  const ms = Date.now();
  uuidCounter = ms === lastUuidMs ? uuidCounter + 1 : 0;
  lastUuidMs = ms;
  // Past 4,096 in one millisecond the counter borrows the next millisecond, so order still holds.
  const at = ms + Math.floor(uuidCounter / 0x1000);
  const bytes = randomBytes(16);
  bytes.writeUIntBE(at, 0, 6);
  bytes[6] = 0x70 | ((uuidCounter >> 8) & 0x0f);
  bytes[7] = uuidCounter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

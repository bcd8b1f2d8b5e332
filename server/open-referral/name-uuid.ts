import { createHash } from 'node:crypto';

/** Front Door's own namespace for name-based ids (a fixed random UUID). */
const NAMESPACE = Buffer.from('6f1c2b7e9a4d4f0b8c3e5d2a1b0c9e8f', 'hex');

/**
 * A stable RFC 4122 version-5 UUID for one of our own ids ("service:west-family-hub"). ORUK needs
 * UUIDs; deriving them keeps every id the same across restarts and exports without storing them.
 */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

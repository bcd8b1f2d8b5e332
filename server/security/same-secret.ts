import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a presented secret with the expected one in constant time. Both are hashed first so the
 * buffers timingSafeEqual needs are always the same length: neither the content nor the length of
 * the expected token leaks through timing, and a missing or short token is simply unequal.
 */
export function sameSecret(presented: string | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length > 1024) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected)) && presented.length === expected.length;
}

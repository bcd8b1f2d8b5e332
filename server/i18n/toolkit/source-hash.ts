import { createHash } from 'node:crypto';

/**
 * Identifies the English text a translation was made from: the first 16 hex digits of its
 * SHA-256. Long enough that unrelated edits never collide, short enough to read in a diff.
 */
export function sourceHash(englishText: string): string {
  return createHash('sha256').update(englishText, 'utf8').digest('hex').slice(0, 16);
}

import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { firstRow, type Tx } from '../db/index.js';
import { enquiries } from '../db/tables.js';

/**
 * Read over the phone and copied by hand, so no 0/O, 1/I/L or U/V: 29 characters in 6 places,
 * about 590 million references a year.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const REFERENCE_PATTERN = new RegExp(`^EH-\\d{4}-[${REFERENCE_ALPHABET}]{6}$`);

const ATTEMPTS = 10;

/** A fresh reference like EH-2026-4F7K2Q. Call inside the transaction that inserts it. */
export async function newReference(db: Tx, year: number): Promise<string> {
  for (let i = 0; i < ATTEMPTS; i++) {
    const code = Array.from({ length: 6 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
    const reference = `EH-${year}-${code}`;
    if (!firstRow(await db.select({ id: enquiries.id }).from(enquiries).where(eq(enquiries.reference, reference)).limit(1))) return reference;
  }
  throw new Error('could not find a free enquiry reference');
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { firstRow, type Tx } from '../db/index.js';
import { conversations } from '../db/tables.js';

export type ConversationRow = typeof conversations.$inferSelect;

/** The resume token is a bearer secret kept on the family's device; only its hash is stored. */
export function newResumeToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function tokenMatches(row: ConversationRow, token: string): boolean {
  const a = Buffer.from(row.tokenHash, 'hex');
  const b = Buffer.from(hashToken(token), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function findConversation(db: Tx, id: string): Promise<ConversationRow | undefined> {
  return firstRow(await db.select().from(conversations).where(eq(conversations.id, id)));
}

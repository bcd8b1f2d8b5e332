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

/**
 * A resume token works only while the conversation is in use: after `days` without the family or
 * staff writing (or the family's device being seen), a phone picked up by someone else opens a new
 * conversation instead of the old one.
 */
export function resumeExpired(row: ConversationRow, days: number, now: Date): boolean {
  const lastActive = [row.updatedAt, row.lastSeenAt].filter((t) => t !== null).sort().at(-1)!;
  return Date.parse(lastActive) + days * 86_400_000 < now.getTime();
}

export async function findConversation(db: Tx, id: string): Promise<ConversationRow | undefined> {
  return firstRow(await db.select().from(conversations).where(eq(conversations.id, id)));
}

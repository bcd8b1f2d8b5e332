import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { firstRow, type Tx } from '../db/index.js';
import { conversations, handoffs, messages } from '../db/tables.js';

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

export interface ConversationForInput {
  conversation: ConversationRow;
  /** The open (waiting or active) handoff, if the family is in live chat or waiting for it. */
  openHandoffId: string | null;
  /** The stored message with this client message id, if the input is a resend. */
  duplicateId: string | null;
}

/**
 * Everything receiving one family input needs to read, in one round trip: the conversation,
 * whether a handoff is open, and whether this client message id was stored already.
 */
export async function findConversationForInput(db: Tx, id: string, clientMessageId: string): Promise<ConversationForInput | undefined> {
  return firstRow(
    await db
      .select({
        conversation: conversations,
        openHandoffId: sql<string | null>`(select ${handoffs.id} from ${handoffs} where ${and(
          eq(handoffs.conversationId, conversations.id),
          sql`${handoffs.status} in ('waiting', 'active')`,
        )} limit 1)`,
        duplicateId: sql<string | null>`(select ${messages.id} from ${messages} where ${and(
          eq(messages.conversationId, conversations.id),
          eq(messages.clientMessageId, clientMessageId),
        )})`,
      })
      .from(conversations)
      .where(eq(conversations.id, id)),
  );
}

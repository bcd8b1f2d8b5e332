import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { firstRow, type Tx } from '../db/index.js';
import { conversations, messages } from '../db/tables.js';
import { announceChange } from '../events/announce-change.js';
import { recordFamilyWords } from '../conversation-search/record-family-words.js';
import type { Message, MessageAuthor, MessageContent } from '../protocol/index.js';

/** Appending to and reading a conversation's message log. Call inside a transaction when writing. */

export interface NewMessage {
  author: MessageAuthor;
  content: MessageContent;
  clientMessageId?: string;
  staffId?: string;
  authorName?: string;
}

type MessageRow = typeof messages.$inferSelect;

export function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    author: row.author,
    ...(row.authorName ? { authorName: row.authorName } : {}),
    ...(row.clientMessageId ? { clientMessageId: row.clientMessageId } : {}),
    content: row.content as MessageContent,
    createdAt: row.createdAt,
  };
}

/**
 * Appends messages in order, allocating the conversation's next sequence numbers. `alsoSet` are
 * other conversation columns the caller changes: written by the same statement, one round trip.
 */
export async function appendMessages(
  tx: Tx,
  conversationId: string,
  entries: NewMessage[],
  now: Date,
  alsoSet: Partial<typeof conversations.$inferInsert> = {},
): Promise<Message[]> {
  if (entries.length === 0) return [];
  const [allocated] = await tx
    .update(conversations)
    .set({ ...alsoSet, nextSeq: sql`${conversations.nextSeq} + ${entries.length}`, updatedAt: now.toISOString() })
    .where(eq(conversations.id, conversationId))
    .returning({ nextSeq: conversations.nextSeq });
  if (!allocated) throw new Error(`conversation ${conversationId} does not exist`);
  const firstSeq = allocated.nextSeq - entries.length;
  const rows = entries.map((entry, i) => ({
    id: crypto.randomUUID(),
    conversationId,
    seq: firstSeq + i,
    author: entry.author,
    staffId: entry.staffId ?? null,
    authorName: entry.authorName ?? null,
    clientMessageId: entry.clientMessageId ?? null,
    content: entry.content,
    createdAt: now.toISOString(),
  }));
  await tx.insert(messages).values(rows);
  const stored = rows.map(toMessage);
  await recordFamilyWords(tx, stored);
  await announceChange(tx, { kind: 'messages.stored', messageIds: stored.map((m) => m.id) });
  return stored;
}

/** Stored messages by id, in conversation order. */
export async function findMessages(db: Tx, ids: readonly string[]): Promise<Message[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(messages).where(inArray(messages.id, [...ids])).orderBy(asc(messages.conversationId), asc(messages.seq));
  return rows.map(toMessage);
}

export async function findMessage(db: Tx, id: string): Promise<Message | undefined> {
  const row = firstRow(await db.select().from(messages).where(eq(messages.id, id)));
  return row ? toMessage(row) : undefined;
}

export async function findByClientMessageId(db: Tx, conversationId: string, clientMessageId: string): Promise<Message | undefined> {
  const row = firstRow(
    await db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.clientMessageId, clientMessageId))),
  );
  return row ? toMessage(row) : undefined;
}

export async function listMessages(db: Tx, conversationId: string): Promise<Message[]> {
  return (await db.select().from(messages).where(eq(messages.conversationId, conversationId)).orderBy(asc(messages.seq))).map(toMessage);
}

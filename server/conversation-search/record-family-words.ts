import type { Tx } from '../db/index.js';
import { familyWords } from '../db/tables.js';
import type { Message } from '../protocol/index.js';

/**
 * Copies the words a family typed into the search index's table, in the transaction that stores
 * the messages. Only the family's own text: scripted lines and staff replies are not what staff
 * look for, and choices are already filters (need, urgency).
 */
export async function recordFamilyWords(tx: Tx, stored: readonly Message[]): Promise<void> {
  const rows = stored.flatMap((message) =>
    message.author === 'family' && message.content.kind === 'text' && message.content.text.trim() !== ''
      ? [{ messageId: message.id, conversationId: message.conversationId, body: message.content.text }]
      : [],
  );
  if (rows.length > 0) await tx.insert(familyWords).values(rows);
}

import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/index.js';
import { callbacks, conversations, enquiries, erasures } from '../db/tables.js';
import type { SubjectAccessQuery } from '../protocol/retention-bodies.js';

/**
 * The conversations held about a family, found by their enquiry reference, a conversation id, or
 * a phone number or email they gave for a callback (spaces and case ignored). Erased conversations
 * are found too, so the pack can say what was erased and what was kept.
 */
export async function findFamily(db: Tx, query: SubjectAccessQuery): Promise<string[]> {
  const ids = new Set<string>();
  if (query.reference) {
    for (const row of await db.select({ id: enquiries.conversationId }).from(enquiries).where(eq(enquiries.reference, query.reference.toUpperCase()))) ids.add(row.id);
  }
  if (query.conversationId) {
    for (const row of await db.select({ id: conversations.id }).from(conversations).where(eq(conversations.id, query.conversationId))) ids.add(row.id);
    for (const row of await db.select({ id: erasures.conversationId }).from(erasures).where(eq(erasures.conversationId, query.conversationId))) ids.add(row.id);
  }
  if (query.contact) {
    const wanted = query.contact.replace(/\s+/g, '').toLowerCase();
    const rows = await db
      .select({ id: callbacks.conversationId })
      .from(callbacks)
      .where(sql`lower(replace(${callbacks.contactValue}, ' ', '')) = ${wanted}`);
    for (const row of rows) ids.add(row.id);
  }
  return [...ids].sort();
}

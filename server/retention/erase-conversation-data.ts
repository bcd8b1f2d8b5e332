import { eq, inArray, sql } from 'drizzle-orm';
import { newResumeToken } from '../conversations/conversation-record.js';
import type { Tx } from '../db/index.js';
import {
  busEvents,
  callbacks,
  consents,
  conversationNotes,
  conversations,
  enquiries,
  enquiryEvents,
  enquiryLevelChanges,
  handoffs,
  messages,
  presence,
  safeguardingAlerts,
  safeguardingTriggers,
  webhookDeliveries,
} from '../db/tables.js';

export interface ErasedData {
  /** The enquiry references that existed: ids only, for the erasure record and the audit entry. */
  references: string[];
  keptSafeguarding: boolean;
  /** Rows deleted (or, for a kept conversation, emptied) per table. */
  counts: Record<string, number>;
}

/**
 * Removes everything held about one conversation, inside the caller's transaction: messages,
 * callbacks, consents, handoffs, enquiries with their history and webhook payloads, and the
 * cross-process event copies that may quote the family. With `keepSafeguarding`, a conversation
 * with safeguarding triggers keeps those triggers and alerts (the law requires them) on an emptied
 * conversation row whose resume token no longer matches anything, so the device loses access.
 */
export async function eraseConversationData(tx: Tx, conversationId: string, { keepSafeguarding }: { keepSafeguarding: boolean }): Promise<ErasedData> {
  const counts: Record<string, number> = {};
  const count = async (table: string, rows: Promise<unknown[]>) => {
    counts[table] = (counts[table] ?? 0) + (await rows).length;
  };
  const held = await tx.select({ id: enquiries.id, reference: enquiries.reference }).from(enquiries).where(eq(enquiries.conversationId, conversationId));
  const enquiryIds = held.map((e) => e.id);
  const alertIds = (await tx.select({ id: safeguardingAlerts.id }).from(safeguardingAlerts).where(eq(safeguardingAlerts.conversationId, conversationId))).map((a) => a.id);
  const keptSafeguarding =
    keepSafeguarding && (await tx.select({ id: safeguardingTriggers.id }).from(safeguardingTriggers).where(eq(safeguardingTriggers.conversationId, conversationId)).limit(1)).length > 0;
  // Safeguarding alert deliveries name the alert, not the family; they go with the alert.
  const deliverySubjects = keptSafeguarding ? enquiryIds : [...enquiryIds, ...alertIds];
  if (deliverySubjects.length > 0) await count('webhook_deliveries', tx.delete(webhookDeliveries).where(inArray(webhookDeliveries.enquiryId, deliverySubjects)).returning({ id: webhookDeliveries.id }));
  if (enquiryIds.length > 0) {
    await count('enquiry_events', tx.delete(enquiryEvents).where(inArray(enquiryEvents.enquiryId, enquiryIds)).returning({ id: enquiryEvents.id }));
    await count('enquiry_level_changes', tx.delete(enquiryLevelChanges).where(inArray(enquiryLevelChanges.enquiryId, enquiryIds)).returning({ id: enquiryLevelChanges.id }));
    await count('enquiries', tx.delete(enquiries).where(inArray(enquiries.id, enquiryIds)).returning({ id: enquiries.id }));
  }
  await count('messages', tx.delete(messages).where(eq(messages.conversationId, conversationId)).returning({ id: messages.id }));
  // Staff's private notes are about the family too (family_words go with their messages).
  await count('conversation_notes', tx.delete(conversationNotes).where(eq(conversationNotes.conversationId, conversationId)).returning({ id: conversationNotes.id }));
  await count('callbacks', tx.delete(callbacks).where(eq(callbacks.conversationId, conversationId)).returning({ id: callbacks.id }));
  await count('consents', tx.delete(consents).where(eq(consents.conversationId, conversationId)).returning({ id: consents.id }));
  await count('handoffs', tx.delete(handoffs).where(eq(handoffs.conversationId, conversationId)).returning({ id: handoffs.id }));
  // Events relayed between processes carry messages for a few minutes; presence rows may name the family.
  await count('bus_events', tx.delete(busEvents).where(sql`cast(${busEvents.args} as text) like ${`%${conversationId}%`}`).returning({ id: busEvents.id }));
  await count('presence', tx.delete(presence).where(eq(presence.subjectId, conversationId)).returning({ id: presence.id }));
  if (keptSafeguarding) {
    await count(
      'conversations',
      tx
        .update(conversations)
        .set({ tokenHash: newResumeToken().hash, flowState: {}, summary: null, fallbackLanguage: null, interpreterNeeded: null, nextSeq: 1 })
        .where(eq(conversations.id, conversationId))
        .returning({ id: conversations.id }),
    );
  } else {
    await count('safeguarding_triggers', tx.delete(safeguardingTriggers).where(eq(safeguardingTriggers.conversationId, conversationId)).returning({ id: safeguardingTriggers.id }));
    await count('safeguarding_alerts', tx.delete(safeguardingAlerts).where(eq(safeguardingAlerts.conversationId, conversationId)).returning({ id: safeguardingAlerts.id }));
    await count('conversations', tx.delete(conversations).where(eq(conversations.id, conversationId)).returning({ id: conversations.id }));
  }
  return { references: held.map((e) => e.reference), keptSafeguarding, counts };
}

import { orderedUuid, type Tx } from '../db/index.js';
import { announceChange } from '../events/announce-change.js';
import { appendMessages } from '../transcript/index.js';
import type { ConversationRow } from '../conversations/conversation-record.js';
import { handoffs } from '../db/tables.js';
import type { Message } from '../protocol/index.js';
import { openHandoffFor } from './handoff-record.js';
import { queueLocalityFor } from './queue-locality.js';

/**
 * Puts the conversation in its hub's live queue (call inside the caller's transaction).
 * Asking again while already queued changes nothing.
 */
export async function requestHandoff(tx: Tx, conversation: ConversationRow, now: Date): Promise<Message[]> {
  if (await openHandoffFor(tx, conversation.id)) return [];
  const locality = queueLocalityFor(conversation.locality);
  await tx.insert(handoffs).values({ id: orderedUuid(), conversationId: conversation.id, locality, status: 'waiting', requestedAt: now.toISOString() });
  await announceChange(tx, { kind: 'handoff.stored', conversationId: conversation.id });
  return await appendMessages(tx, conversation.id, [{ author: 'system', content: { kind: 'event', text: { key: 'common:events.handoffRequested' } } }], now);
}

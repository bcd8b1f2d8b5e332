import type { AppContext } from '../app-context.js';
import { appendMessages } from '../conversations/message-log.js';
import type { ConversationRow } from '../conversations/conversation-record.js';
import { handoffs } from '../db/schema.js';
import type { Message } from '../protocol/index.js';
import { openHandoffFor } from './handoff-record.js';
import { queueLocalityFor } from './queue-locality.js';

/**
 * Puts the conversation in its hub's live queue (call inside the caller's transaction).
 * Asking again while already queued changes nothing.
 */
export function requestHandoff(ctx: AppContext, conversation: ConversationRow, now: Date): Message[] {
  if (openHandoffFor(ctx.db, conversation.id)) return [];
  const locality = queueLocalityFor(conversation.locality);
  ctx.db
    .insert(handoffs)
    .values({ id: crypto.randomUUID(), conversationId: conversation.id, locality, status: 'waiting', requestedAt: now.toISOString() })
    .run();
  return appendMessages(
    ctx.db,
    conversation.id,
    [{ author: 'system', content: { kind: 'event', text: { key: 'common:events.handoffRequested' } } }],
    now,
  );
}

import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { appendMessages, findByClientMessageId, findConversation, publishCreated } from '../conversations/index.js';
import { callbacks, handoffs } from '../db/schema.js';
import { NotFoundError } from '../domain-errors.js';
import type { Message } from '../protocol/index.js';
import { openHandoffFor } from './handoff-record.js';
import { publishHandoffChange } from './publish-handoff-change.js';
import { queueLocalityFor } from './queue-locality.js';
import { callbackDueAt } from './working-time.js';

export interface CallbackRequest {
  clientMessageId: string;
  contactMethod: 'phone' | 'text' | 'email';
  contactValue: string;
  preferredTime?: string;
  permissionToContact: true;
}

/**
 * When nobody can talk now, the family leaves a way to reach them. It replaces their place in the
 * live queue and promises a call by the end of the next working day.
 */
export function requestCallback(ctx: AppContext, conversationId: string, request: CallbackRequest): { stored: Message } {
  const result = ctx.db.transaction(() => {
    const previous = findByClientMessageId(ctx.db, conversationId, request.clientMessageId);
    if (previous) return { stored: previous, created: [] as Message[], handoffId: undefined, duplicate: true };
    const conversation = findConversation(ctx.db, conversationId);
    if (!conversation) throw new NotFoundError('conversation');
    const now = ctx.now();
    const open = openHandoffFor(ctx.db, conversationId);
    if (open) ctx.db.update(handoffs).set({ status: 'ended', endedAt: now.toISOString() }).where(eq(handoffs.id, open.id)).run();
    const locality = queueLocalityFor(conversation.locality);
    ctx.db
      .insert(callbacks)
      .values({
        id: crypto.randomUUID(),
        conversationId,
        locality,
        contactMethod: request.contactMethod,
        contactValue: request.contactValue,
        preferredTime: request.preferredTime ?? null,
        permissionToContact: request.permissionToContact,
        requestedAt: now.toISOString(),
        dueAt: callbackDueAt(ctx.hubs, locality, now).toISOString(),
      })
      .run();
    // The contact details themselves stay out of the transcript: only the callbacks list holds them.
    const [stored, ...created] = appendMessages(
      ctx.db,
      conversationId,
      [
        { author: 'family', clientMessageId: request.clientMessageId, content: { kind: 'event', text: { key: 'common:events.callbackRequested' } } },
      ],
      now,
    );
    return { stored: stored!, created, handoffId: open?.id, duplicate: false };
  });
  if (!result.duplicate) {
    publishCreated(ctx, [result.stored, ...result.created]);
    publishHandoffChange(ctx, conversationId, result.handoffId);
  }
  return { stored: result.stored };
}

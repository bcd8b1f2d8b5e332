import { eq } from 'drizzle-orm';
import { announceChange } from '../events/announce-change.js';
import type { AppContext } from '../app-context.js';
import { findConversation } from '../conversations/index.js';
import { appendMessages, findByClientMessageId, publishCreated } from '../transcript/index.js';
import { callbacks, handoffs } from '../db/tables.js';
import { NotFoundError, UnprocessableError } from '../domain-errors.js';
import { contactProblem } from '../protocol/contact-rules.js';
import type { Message } from '../protocol/index.js';
import { openHandoffFor } from './handoff-record.js';
import { publishHandoffChange } from './publish-handoff-change.js';
import { queueLocalityFor } from './queue-locality.js';
import { callbackDueAt } from '../calendar/index.js';

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
export async function requestCallback(ctx: AppContext, conversationId: string, request: CallbackRequest): Promise<{ stored: Message }> {
  // The widget checks first; this is for any other client, so a callback is never one we cannot make.
  const problem = contactProblem(request.contactMethod, request.contactValue);
  if (problem) throw new UnprocessableError(problem === 'emailInvalid' ? 'Enter an email address like name@example.com.' : 'Enter a UK phone number, or an international number starting with +.');
  const result = await ctx.store.transaction(async (tx) => {
    const previous = await findByClientMessageId(tx, conversationId, request.clientMessageId);
    if (previous) return { stored: previous, created: [] as Message[], handoffId: undefined, duplicate: true };
    const conversation = await findConversation(tx, conversationId);
    if (!conversation) throw new NotFoundError('conversation');
    const now = ctx.now();
    const open = await openHandoffFor(tx, conversationId);
    if (open) await tx.update(handoffs).set({ status: 'ended', endedAt: now.toISOString(), endReason: 'became-callback' }).where(eq(handoffs.id, open.id));
    const locality = queueLocalityFor(conversation.locality);
    await tx.insert(callbacks).values({
      id: crypto.randomUUID(),
      conversationId,
      locality,
      contactMethod: request.contactMethod,
      contactValue: request.contactValue,
      preferredTime: request.preferredTime ?? null,
      permissionToContact: request.permissionToContact,
      requestedAt: now.toISOString(),
      dueAt: callbackDueAt(ctx.hubs, locality, now).toISOString(),
    });
    await announceChange(tx, { kind: 'handoff.stored', conversationId, ...(open ? { handoffId: open.id } : {}) });
    // The contact details themselves stay out of the transcript: only the callbacks list holds them.
    const [stored, ...created] = await appendMessages(
      tx,
      conversationId,
      [{ author: 'family', clientMessageId: request.clientMessageId, content: { kind: 'event', text: { key: 'common:events.callbackRequested' } } }],
      now,
    );
    return { stored: stored!, created, handoffId: open?.id, duplicate: false };
  });
  if (!result.duplicate) {
    publishCreated(ctx, [result.stored, ...result.created]);
    await publishHandoffChange(ctx, conversationId, result.handoffId);
  }
  return { stored: result.stored };
}

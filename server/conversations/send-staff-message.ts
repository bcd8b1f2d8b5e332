import type { AppContext } from '../app-context.js';
import type { StaffRow } from '../auth/index.js';
import { NotFoundError } from '../domain-errors.js';
import { assertHolds, openHandoffFor } from '../handoff/index.js';
import type { Message, MessageContent } from '../protocol/index.js';
import { appendMessages, findByClientMessageId, publishCreated } from '../transcript/index.js';

/** A staff member's chat line or quick reply (a locale key the family sees in their own language). */
export async function sendStaffMessage({
  ctx,
  actor,
  conversationId,
  clientMessageId,
  content,
}: {
  ctx: AppContext;
  actor: StaffRow;
  conversationId: string;
  clientMessageId: string;
  content: MessageContent;
}): Promise<Message> {
  const result = await ctx.store.transaction(async (tx) => {
    // Permission first: a reused client message id must not reveal another conversation's message.
    const handoff = await openHandoffFor(tx, conversationId);
    if (!handoff) throw new NotFoundError('live conversation');
    assertHolds(actor, handoff);
    const previous = await findByClientMessageId(tx, conversationId, clientMessageId);
    if (previous) return { message: previous, duplicate: true };
    const [message] = await appendMessages(
      tx,
      conversationId,
      [{ author: 'staff', staffId: actor.id, authorName: actor.displayName, clientMessageId, content }],
      ctx.now(),
    );
    return { message: message!, duplicate: false };
  });
  if (!result.duplicate) publishCreated(ctx, [result.message]);
  return result.message;
}

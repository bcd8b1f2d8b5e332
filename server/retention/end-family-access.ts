import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { newResumeToken } from '../conversations/conversation-record.js';
import { conversations } from '../db/tables.js';
import { NotFoundError } from '../domain-errors.js';
import { assertCanSeeConversation } from '../handoff/conversation-access.js';

/**
 * Ends a family's access from their device (e.g. a phone they share with someone they fear): the
 * stored token hash is replaced, so the token on the device matches nothing, and open widgets close.
 * The conversation itself stays for staff. Any member of staff who may see the conversation can.
 */
export async function endFamilyAccess({ ctx, actor, conversationId }: { ctx: AppContext; actor: StaffRow; conversationId: string }): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    await assertCanSeeConversation(tx, actor, conversationId);
    const [row] = await tx.update(conversations).set({ tokenHash: newResumeToken().hash }).where(eq(conversations.id, conversationId)).returning({ id: conversations.id });
    if (!row) throw new NotFoundError('conversation');
    await recordAudit(tx, actor, 'family.access.ended', { type: 'conversation', id: conversationId }, ctx.now());
  });
  ctx.bus.publish('family.access.ended', conversationId);
}

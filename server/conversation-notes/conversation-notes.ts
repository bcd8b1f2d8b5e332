import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { orderedId } from '../db/index.js';
import { conversationNotes, staff } from '../db/tables.js';
import { NotFoundError } from '../domain-errors.js';
import { findConversation } from '../conversations/conversation-record.js';
import { assertCanSeeConversation } from '../handoff/conversation-access.js';
import type { ConversationNoteView } from '../protocol/index.js';

/**
 * Private notes: stored apart from the message log and never published on the event bus, so no
 * widget socket can carry them. Whoever may open the conversation may read and add notes; the
 * audit records that a note was added or read, not its words.
 */
export async function addConversationNote({ ctx, actor, conversationId, text }: { ctx: AppContext; actor: StaffRow; conversationId: string; text: string }): Promise<ConversationNoteView> {
  return ctx.store.transaction(async (tx) => {
    if (!(await findConversation(tx, conversationId))) throw new NotFoundError('conversation');
    await assertCanSeeConversation(tx, actor, conversationId);
    const now = ctx.now();
    const note = { id: orderedId(), conversationId, staffId: actor.id, body: text, createdAt: now.toISOString() };
    await tx.insert(conversationNotes).values(note);
    await recordAudit(tx, actor, 'conversation.note.added', { type: 'conversation', id: conversationId }, now, { noteId: note.id });
    return { id: note.id, text, by: actor.displayName, at: note.createdAt };
  });
}

export async function listConversationNotes({ ctx, actor, conversationId }: { ctx: AppContext; actor: StaffRow; conversationId: string }): Promise<ConversationNoteView[]> {
  return ctx.store.transaction(async (tx) => {
    if (!(await findConversation(tx, conversationId))) throw new NotFoundError('conversation');
    await assertCanSeeConversation(tx, actor, conversationId);
    const rows = await tx
      .select({ id: conversationNotes.id, text: conversationNotes.body, by: staff.displayName, at: conversationNotes.createdAt })
      .from(conversationNotes)
      .innerJoin(staff, eq(staff.id, conversationNotes.staffId))
      .where(eq(conversationNotes.conversationId, conversationId))
      .orderBy(asc(conversationNotes.createdAt), asc(conversationNotes.id));
    await recordAudit(tx, actor, 'conversation.notes.read', { type: 'conversation', id: conversationId }, ctx.now(), { count: rows.length });
    return rows;
  });
}

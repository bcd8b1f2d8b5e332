import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { findConversation } from '../conversations/conversation-record.js';
import { callbacks, handoffs, staff } from '../db/schema.js';
import type { FamilyHandoffView, Locality, QueueEntry, SafeguardingSeverity } from '../protocol/index.js';
import { openHandoffFor, queuePosition, type HandoffRow } from './handoff-record.js';
import { isOutOfHours } from './working-time.js';

/** What the family's widget shows about talking to someone. */
export function familyHandoffView(ctx: AppContext, conversationId: string): FamilyHandoffView {
  const open = openHandoffFor(ctx.db, conversationId);
  if (open?.status === 'waiting') {
    const nobodyCanAnswer = isOutOfHours(ctx.hubs, open.locality, ctx.now()) || !ctx.presence.anyoneFor(open.locality);
    return { status: 'waiting', position: queuePosition(ctx.db, open), offerCallback: nobodyCanAnswer };
  }
  if (open?.status === 'active' && open.claimedBy) {
    const helper = ctx.db.select().from(staff).where(eq(staff.id, open.claimedBy)).get();
    return { status: 'active', staffName: helper?.displayName, hub: hubName(ctx, helper?.locality) };
  }
  const callback = ctx.db
    .select()
    .from(callbacks)
    .where(and(eq(callbacks.conversationId, conversationId), eq(callbacks.status, 'open')))
    .get();
  if (callback) return { status: 'callback', callbackDueAt: callback.dueAt };
  const last = ctx.db
    .select()
    .from(handoffs)
    .where(eq(handoffs.conversationId, conversationId))
    .orderBy(desc(handoffs.requestedAt))
    .get();
  return { status: last ? 'ended' : 'none' };
}

export function hubName(ctx: AppContext, locality: string | null | undefined): string | undefined {
  return locality && locality in ctx.hubs.hubs ? ctx.hubs.hubs[locality as Locality].name : undefined;
}

/** One row of the staff queue. */
export function queueEntry(ctx: AppContext, handoff: HandoffRow): QueueEntry {
  const conversation = findConversation(ctx.db, handoff.conversationId)!;
  const claimer = handoff.claimedBy ? ctx.db.select().from(staff).where(eq(staff.id, handoff.claimedBy)).get() : undefined;
  const summary = (conversation.summary ?? {}) as { needs?: string[] };
  return {
    handoffId: handoff.id,
    conversationId: handoff.conversationId,
    locality: handoff.locality as QueueEntry['locality'],
    status: handoff.status === 'active' ? 'active' : 'waiting',
    urgent: conversation.urgent,
    ...(conversation.urgentReason ? { urgentReason: conversation.urgentReason as SafeguardingSeverity } : {}),
    requestedAt: handoff.requestedAt,
    ...(claimer ? { claimedBy: claimer.id, claimedByName: claimer.displayName } : {}),
    language: conversation.language,
    ...(conversation.interpreterNeeded ? { interpreterNeeded: conversation.interpreterNeeded } : {}),
    familyOnline: ctx.families.isOnline(conversation.id),
    needs: summary.needs ?? [],
  };
}

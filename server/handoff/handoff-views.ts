import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { findConversation } from '../conversations/conversation-record.js';
import { callbacks, handoffs, staff } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import type { FamilyHandoffView, Locality, QueueEntry, SafeguardingSeverity } from '../protocol/index.js';
import { openHandoffFor, queuePosition, type HandoffRow } from './handoff-record.js';
import { isOutOfHours, nextOpeningAt } from '../calendar/index.js';

/** What the family's widget shows about talking to someone. */
export async function familyHandoffView(ctx: AppContext, conversationId: string): Promise<FamilyHandoffView> {
  const open = await openHandoffFor(ctx.db, conversationId);
  if (open?.status === 'waiting') {
    const now = ctx.now();
    if (isOutOfHours(ctx.hubs, open.locality, now)) {
      const opensAt = nextOpeningAt(ctx.hubs, open.locality, now);
      return { status: 'waiting', offerCallback: true, ...(opensAt ? { opensAt: opensAt.toISOString() } : {}) };
    }
    if (!ctx.presence.anyoneFor(open.locality)) return { status: 'waiting', offerCallback: true };
    return { status: 'waiting', position: await queuePosition(ctx.db, open, (id) => ctx.families.isOnline(id)), offerCallback: false };
  }
  if (open?.status === 'active' && open.claimedBy) {
    const helper = firstRow(await ctx.db.select().from(staff).where(eq(staff.id, open.claimedBy)).limit(1));
    return { status: 'active', staffName: helper?.displayName, hub: hubName(ctx, helper?.locality) };
  }
  const callback = firstRow(
    await ctx.db
      .select()
      .from(callbacks)
      .where(and(eq(callbacks.conversationId, conversationId), eq(callbacks.status, 'open')))
      .limit(1),
  );
  if (callback) return { status: 'callback', callbackDueAt: callback.dueAt };
  const last = firstRow(await ctx.db.select().from(handoffs).where(eq(handoffs.conversationId, conversationId)).orderBy(desc(handoffs.requestedAt)).limit(1));
  return { status: last ? 'ended' : 'none' };
}

export function hubName(ctx: AppContext, locality: string | null | undefined): string | undefined {
  return locality && locality in ctx.hubs.hubs ? ctx.hubs.hubs[locality as Locality].name : undefined;
}

/** One row of the staff queue. */
export async function queueEntry(ctx: AppContext, handoff: HandoffRow): Promise<QueueEntry> {
  const conversation = (await findConversation(ctx.db, handoff.conversationId))!;
  const claimer = handoff.claimedBy ? firstRow(await ctx.db.select().from(staff).where(eq(staff.id, handoff.claimedBy)).limit(1)) : undefined;
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

import { eq } from 'drizzle-orm';
import { announceChange } from '../events/announce-change.js';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { appendMessages, publishCreated } from '../transcript/index.js';
import { conversations, handoffs } from '../db/tables.js';
import { NotFoundError, UnprocessableError } from '../domain-errors.js';
import type { LocalisedText, QueueLocality } from '../protocol/index.js';
import { findHandoff, type HandoffRow } from './handoff-record.js';
import { hubName } from './handoff-views.js';
import { publishHandoffChange } from './publish-handoff-change.js';
import { assertCanWorkQueue, assertHolds } from './staff-actor.js';

interface Change {
  set: Partial<typeof handoffs.$inferInsert>;
  event: LocalisedText;
  audit: string;
  endsConversation?: boolean;
}

/**
 * Release, transfer and end share one shape: check who may, change the row, tell the family what
 * happened in their transcript (so they are never left wondering who is helping), publish.
 */
async function changeHandoff(ctx: AppContext, actor: StaffRow, handoffId: string, decide: (h: HandoffRow) => Change): Promise<void> {
  const now = ctx.now();
  const handoff = await ctx.store.transaction(async (tx) => {
    const current = await findHandoff(tx, handoffId);
    if (!current) throw new NotFoundError('handoff');
    const change = decide(current);
    await tx.update(handoffs).set(change.set).where(eq(handoffs.id, handoffId));
    await announceChange(tx, { kind: 'handoff.stored', conversationId: current.conversationId, handoffId });
    if (change.endsConversation) {
      await tx.update(conversations).set({ endedAt: now.toISOString() }).where(eq(conversations.id, current.conversationId));
    }
    await recordAudit(tx, actor, change.audit, { type: 'conversation', id: current.conversationId }, now, change.set);
    const created = await appendMessages(tx, current.conversationId, [{ author: 'system', content: { kind: 'event', text: change.event } }], now);
    return { current, created };
  });
  publishCreated(ctx, handoff.created);
  await publishHandoffChange(ctx, handoff.current.conversationId, handoffId);
}

export async function releaseHandoff({ ctx, actor, handoffId }: { ctx: AppContext; actor: StaffRow; handoffId: string }): Promise<void> {
  await changeHandoff(ctx, actor, handoffId, (handoff) => {
    assertHolds(actor, handoff);
    return {
      set: { status: 'waiting', claimedBy: null, claimedAt: null },
      event: { key: 'common:events.staffReleased', params: { name: actor.displayName } },
      audit: 'handoff.released',
    };
  });
}

export async function transferHandoff({ ctx, actor, handoffId, locality }: { ctx: AppContext; actor: StaffRow; handoffId: string; locality: QueueLocality }): Promise<void> {
  await changeHandoff(ctx, actor, handoffId, (handoff) => {
    if (handoff.status === 'ended') throw new UnprocessableError('This conversation has ended.');
    if (handoff.status === 'active') assertHolds(actor, handoff);
    else assertCanWorkQueue(actor, handoff.locality);
    if (handoff.locality === locality) throw new UnprocessableError('The family is already in that queue.');
    const hub = hubName(ctx, locality) ?? 'Family Hubs';
    return {
      set: { status: 'waiting', locality, claimedBy: null, claimedAt: null },
      event: { key: 'common:events.transferred', params: { hub } },
      audit: 'handoff.transferred',
    };
  });
}

export async function endHandoff({ ctx, actor, handoffId }: { ctx: AppContext; actor: StaffRow; handoffId: string }): Promise<void> {
  await changeHandoff(ctx, actor, handoffId, (handoff) => {
    assertHolds(actor, handoff);
    return {
      set: { status: 'ended', endedAt: ctx.now().toISOString() },
      event: { key: 'common:events.conversationEnded', params: { name: actor.displayName } },
      audit: 'handoff.ended',
      endsConversation: true,
    };
  });
}

import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { appendMessages, publishCreated } from '../conversations/index.js';
import { conversations, handoffs } from '../db/schema.js';
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
function changeHandoff(ctx: AppContext, actor: StaffRow, handoffId: string, decide: (h: HandoffRow) => Change): void {
  const now = ctx.now();
  const handoff = ctx.db.transaction(() => {
    const current = findHandoff(ctx.db, handoffId);
    if (!current) throw new NotFoundError('handoff');
    const change = decide(current);
    ctx.db.update(handoffs).set(change.set).where(eq(handoffs.id, handoffId)).run();
    if (change.endsConversation) {
      ctx.db.update(conversations).set({ endedAt: now.toISOString() }).where(eq(conversations.id, current.conversationId)).run();
    }
    recordAudit(ctx.db, actor, change.audit, { type: 'conversation', id: current.conversationId }, now, change.set);
    const created = appendMessages(ctx.db, current.conversationId, [{ author: 'system', content: { kind: 'event', text: change.event } }], now);
    return { current, created };
  });
  publishCreated(ctx, handoff.created);
  publishHandoffChange(ctx, handoff.current.conversationId, handoffId);
}

export function releaseHandoff({ ctx, actor, handoffId }: { ctx: AppContext; actor: StaffRow; handoffId: string }): void {
  changeHandoff(ctx, actor, handoffId, (handoff) => {
    assertHolds(actor, handoff);
    return {
      set: { status: 'waiting', claimedBy: null, claimedAt: null },
      event: { key: 'common:events.staffReleased', params: { name: actor.displayName } },
      audit: 'handoff.released',
    };
  });
}

export function transferHandoff({ ctx, actor, handoffId, locality }: { ctx: AppContext; actor: StaffRow; handoffId: string; locality: QueueLocality }): void {
  changeHandoff(ctx, actor, handoffId, (handoff) => {
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

export function endHandoff({ ctx, actor, handoffId }: { ctx: AppContext; actor: StaffRow; handoffId: string }): void {
  changeHandoff(ctx, actor, handoffId, (handoff) => {
    assertHolds(actor, handoff);
    return {
      set: { status: 'ended', endedAt: ctx.now().toISOString() },
      event: { key: 'common:events.conversationEnded', params: { name: actor.displayName } },
      audit: 'handoff.ended',
      endsConversation: true,
    };
  });
}

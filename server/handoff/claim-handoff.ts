import { and, eq } from 'drizzle-orm';
import { announceChange } from '../events/announce-change.js';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { appendMessages, publishCreated } from '../transcript/index.js';
import { handoffs, staff } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import { ConflictError, NotFoundError } from '../domain-errors.js';
import { findHandoff } from './handoff-record.js';
import { hubName } from './handoff-views.js';
import { publishHandoffChange } from './publish-handoff-change.js';
import { assertCanWorkQueue } from './staff-actor.js';

/**
 * Takes a waiting family. The conditional UPDATE is the lock: when two staff click at once exactly
 * one row changes, and the other gets a ConflictError naming who has it.
 */
export async function claimHandoff({ ctx, actor, handoffId }: { ctx: AppContext; actor: StaffRow; handoffId: string }) {
  const now = ctx.now();
  const result = await ctx.store.transaction(async (tx) => {
    const handoff = await findHandoff(tx, handoffId);
    if (!handoff) throw new NotFoundError('handoff');
    assertCanWorkQueue(actor, handoff.locality);
    const changed = await tx
      .update(handoffs)
      .set({ status: 'active', claimedBy: actor.id, claimedAt: now.toISOString() })
      .where(and(eq(handoffs.id, handoffId), eq(handoffs.status, 'waiting')))
      .returning({ id: handoffs.id });
    if (changed.length !== 1) {
      const current = await findHandoff(tx, handoffId);
      const holder = current?.claimedBy ? firstRow(await tx.select().from(staff).where(eq(staff.id, current.claimedBy)).limit(1)) : undefined;
      throw new ConflictError(holder ? `${holder.displayName} has already taken this conversation.` : 'This conversation is no longer waiting.');
    }
    await announceChange(tx, { kind: 'handoff.stored', conversationId: handoff.conversationId });
    await recordAudit(tx, actor, 'handoff.claimed', { type: 'conversation', id: handoff.conversationId }, now);
    const hub = hubName(ctx, actor.locality) ?? '';
    const created = await appendMessages(
      tx,
      handoff.conversationId,
      [{ author: 'system', content: { kind: 'event', text: { key: 'common:events.staffJoined', params: { name: actor.displayName, hub } } } }],
      now,
    );
    return { handoff, created };
  });
  publishCreated(ctx, result.created);
  await publishHandoffChange(ctx, result.handoff.conversationId);
  ctx.bus.publish('handoff.claimed', handoffId, actor.id, actor.displayName);
  return result.handoff;
}

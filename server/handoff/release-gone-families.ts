import { and, desc, eq } from 'drizzle-orm';
import { announceChange } from '../events/announce-change.js';
import type { AppContext } from '../app-context.js';
import { appendMessages, publishCreated } from '../transcript/index.js';
import { firstRow, type Tx } from '../db/index.js';
import { callbacks, handoffs } from '../db/tables.js';
import type { Message } from '../protocol/index.js';
import { findHandoff, openHandoffsInQueueOrder } from './handoff-record.js';
import { publishHandoffChange } from './publish-handoff-change.js';
import { callbackDueAt } from '../calendar/index.js';

export interface GoneFamilySweep {
  /** Looks at every waiting handoff once; returns the ids of those that left the queue. */
  sweep(): Promise<string[]>;
}

/**
 * Families who closed the chat and did not come back stop holding a place in the queue: after
 * `waitingFamilyGoneAfterMinutes` offline their handoff becomes a callback when we hold contact
 * details they gave us, otherwise it ends with the reason recorded.
 *
 * "Offline since" is what this sweep has itself observed, kept in memory: after a restart the
 * clock starts again, so a family is only ever released later than promised, never sooner. Each
 * release re-checks the row inside its transaction, so several processes sweeping is harmless.
 */
export function createGoneFamilySweep(ctx: AppContext): GoneFamilySweep {
  const offlineSince = new Map<string, number>();
  return {
    async sweep() {
      const now = ctx.now();
      const limitMs = ctx.hubs.waitingFamilyGoneAfterMinutes * 60_000;
      const waiting = (await openHandoffsInQueueOrder(ctx.db)).filter((r) => r.handoff.status === 'waiting').map((r) => r.handoff);
      const stillWaiting = new Set(waiting.map((h) => h.id));
      for (const id of offlineSince.keys()) if (!stillWaiting.has(id)) offlineSince.delete(id);
      const released: string[] = [];
      for (const handoff of waiting) {
        if (ctx.families.isOnline(handoff.conversationId)) {
          offlineSince.delete(handoff.id);
          continue;
        }
        const since = offlineSince.get(handoff.id) ?? now.getTime();
        offlineSince.set(handoff.id, since);
        if (now.getTime() - since >= limitMs && (await releaseGoneFamily(ctx, handoff.id, now))) {
          offlineSince.delete(handoff.id);
          released.push(handoff.id);
        }
      }
      return released;
    },
  };
}

async function releaseGoneFamily(ctx: AppContext, handoffId: string, now: Date): Promise<boolean> {
  const result = await ctx.store.transaction(async (tx) => {
    const handoff = await findHandoff(tx, handoffId);
    // Claimed, ended or asked for a callback since the sweep read the queue: nothing to do.
    if (handoff?.status !== 'waiting' || ctx.families.isOnline(handoff.conversationId)) return undefined;
    const contact = await contactGivenBefore(tx, handoff.conversationId);
    const endReason = contact ? 'became-callback' : 'family-gone';
    await tx.update(handoffs).set({ status: 'ended', endedAt: now.toISOString(), endReason }).where(eq(handoffs.id, handoffId));
    await announceChange(tx, { kind: 'handoff.stored', conversationId: handoff.conversationId, handoffId });
    let created: Message[];
    if (contact) {
      const dueAt = callbackDueAt(ctx.hubs, handoff.locality, now).toISOString();
      await tx.insert(callbacks).values({ ...contact, id: crypto.randomUUID(), conversationId: handoff.conversationId, locality: handoff.locality, requestedAt: now.toISOString(), dueAt });
      created = await appendMessages(tx, handoff.conversationId, [{ author: 'system', content: { kind: 'event', text: { key: 'common:events.leftQueueCallback' } } }], now);
    } else {
      created = await appendMessages(tx, handoff.conversationId, [{ author: 'system', content: { kind: 'event', text: { key: 'common:events.leftQueue' } } }], now);
    }
    return { conversationId: handoff.conversationId, created };
  });
  if (!result) return false;
  publishCreated(ctx, result.created);
  await publishHandoffChange(ctx, result.conversationId, handoffId);
  return true;
}

/** The contact details (and permission) the family last gave in this conversation, if any. */
async function contactGivenBefore(tx: Tx, conversationId: string) {
  return firstRow(
    await tx
      .select({ contactMethod: callbacks.contactMethod, contactValue: callbacks.contactValue, preferredTime: callbacks.preferredTime, permissionToContact: callbacks.permissionToContact })
      .from(callbacks)
      .where(and(eq(callbacks.conversationId, conversationId), eq(callbacks.permissionToContact, true)))
      .orderBy(desc(callbacks.requestedAt))
      .limit(1),
  );
}

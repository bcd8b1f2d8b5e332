import { and, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { conversations, handoffs, messages, safeguardingAlerts, safeguardingTriggers } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import { queueLocalityFor } from '../handoff/queue-locality.js';
import type { TriggerWords, UrgentAlert } from '../protocol/index.js';

export type AlertRow = typeof safeguardingAlerts.$inferSelect;

/** The alert as the console shows it, with the family's words from the first trigger. */
export async function alertView(ctx: AppContext, alert: AlertRow): Promise<UrgentAlert | undefined> {
  const conversation = firstRow(await ctx.db.select().from(conversations).where(eq(conversations.id, alert.conversationId)).limit(1));
  if (!conversation) return undefined;
  const trigger = firstRow(await ctx.db.select().from(safeguardingTriggers).where(eq(safeguardingTriggers.id, alert.firstTriggerId)).limit(1));
  const handoff = firstRow(
    await ctx.db
      .select({ id: handoffs.id })
      .from(handoffs)
      .where(and(eq(handoffs.conversationId, alert.conversationId), ne(handoffs.status, 'ended')))
      .limit(1),
  );
  return {
    id: alert.id,
    conversationId: alert.conversationId,
    locality: alertLocality(conversation.locality),
    severity: alert.severity,
    category: alert.category,
    source: trigger?.matchedText ? 'words' : 'choice',
    words: trigger ? await triggerWords(ctx, trigger) : null,
    language: conversation.language,
    raisedAt: alert.raisedAt,
    lastTriggerAt: alert.lastTriggerAt,
    triggerCount: alert.triggerCount,
    outOfHours: alert.outOfHours,
    handoffRequested: handoff !== undefined,
  };
}

/** An alert follows the family's live locality: unknown localities sit in the shared queue. */
export const alertLocality = queueLocalityFor;

/** The stored message the trigger came from, with the span checked against it. */
export async function triggerWords(ctx: AppContext, trigger: typeof safeguardingTriggers.$inferSelect): Promise<TriggerWords | null> {
  if (!trigger.messageId || trigger.matchStart === null || trigger.matchEnd === null) return null;
  const message = firstRow(await ctx.db.select({ content: messages.content }).from(messages).where(eq(messages.id, trigger.messageId)).limit(1));
  const content = message?.content as { kind?: unknown; text?: unknown } | undefined;
  if (content?.kind !== 'text' || typeof content.text !== 'string') return null;
  const { text } = content;
  const inside = trigger.matchStart >= 0 && trigger.matchStart < trigger.matchEnd && trigger.matchEnd <= text.length;
  return inside ? { text, start: trigger.matchStart, end: trigger.matchEnd } : { text, start: 0, end: 0 };
}

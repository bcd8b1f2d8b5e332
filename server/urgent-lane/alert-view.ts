import { and, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { conversations, handoffs, messages, safeguardingAlerts, safeguardingTriggers } from '../db/schema.js';
import { queueLocalityFor } from '../handoff/queue-locality.js';
import type { TriggerWords, UrgentAlert } from '../protocol/index.js';

export type AlertRow = typeof safeguardingAlerts.$inferSelect;

/** The alert as the console shows it, with the family's words from the first trigger. */
export function alertView(ctx: AppContext, alert: AlertRow): UrgentAlert | undefined {
  const conversation = ctx.db.select().from(conversations).where(eq(conversations.id, alert.conversationId)).get();
  if (!conversation) return undefined;
  const trigger = ctx.db.select().from(safeguardingTriggers).where(eq(safeguardingTriggers.id, alert.firstTriggerId)).get();
  const handoff = ctx.db
    .select({ id: handoffs.id })
    .from(handoffs)
    .where(and(eq(handoffs.conversationId, alert.conversationId), ne(handoffs.status, 'ended')))
    .get();
  return {
    id: alert.id,
    conversationId: alert.conversationId,
    locality: alertLocality(conversation.locality),
    severity: alert.severity,
    category: alert.category,
    source: trigger?.matchedText ? 'words' : 'choice',
    words: trigger ? triggerWords(ctx, trigger) : null,
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
export function triggerWords(ctx: AppContext, trigger: typeof safeguardingTriggers.$inferSelect): TriggerWords | null {
  if (!trigger.messageId || trigger.matchStart === null || trigger.matchEnd === null) return null;
  const message = ctx.db.select({ content: messages.content }).from(messages).where(eq(messages.id, trigger.messageId)).get();
  const content = message?.content as { kind?: unknown; text?: unknown } | undefined;
  if (content?.kind !== 'text' || typeof content.text !== 'string') return null;
  const { text } = content;
  const inside = trigger.matchStart >= 0 && trigger.matchStart < trigger.matchEnd && trigger.matchEnd <= text.length;
  return inside ? { text, start: trigger.matchStart, end: trigger.matchEnd } : { text, start: 0, end: 0 };
}

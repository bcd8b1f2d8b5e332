import type { AppContext } from '../app-context.js';
import { orderedId, type Tx } from '../db/index.js';
import { safeguardingTriggers } from '../db/tables.js';
import { isOutOfHours } from '../calendar/index.js';
import { SAFEGUARDING_SEVERITIES, type MessageContent, type SafeguardingSeverity } from '../protocol/index.js';
import { compareSeverity, detectDanger, matchSpan, routeFor } from '../safeguarding/index.js';
import { publishAlertRaised, raiseAlert } from '../urgent-lane/index.js';
import type { ConversationRow } from './conversation-record.js';
import type { FamilyInput } from './receive-family-input.js';

/** At most this many different emergency cards at once: more would bury the one that matters. */
const MAX_CARDS = 2;

export interface Screening {
  cards: MessageContent[];
  /** Columns to set on the conversation when something was found. */
  flag: { urgent?: true; urgentReason?: SafeguardingSeverity };
  record(tx: Tx, messageId: string): Promise<void>;
  publish(): Promise<void>;
}

interface Found {
  severity: SafeguardingSeverity;
  phrase: string;
  language: string;
  category: string | null;
  rule?: string | null;
  /** The family's matched words and their offsets; absent for a chosen option. */
  matchedText?: string;
  start?: number;
  end?: number;
}

/**
 * Screens one family input for danger before the flow continues: typed words against every
 * language's phrase list, and choices the flow marks as signals (e.g. "someone is in danger now").
 */
export function screenForDanger(
  ctx: AppContext,
  conversation: ConversationRow,
  input: FamilyInput,
  signals: string[],
  now: Date,
): Screening {
  const found: Found[] = [
    // Detection already puts the most urgent card first (a threat inside domestic abuse shows the
    // domestic-abuse card first), so only designated choices are sorted here.
    ...(input.kind === 'text' ? wordsFound(ctx, input.text, conversation.language) : []),
    ...signals
      .filter(isSeverity)
      .sort(compareSeverity)
      .map((severity) => ({
        severity,
        category: null,
        phrase: `choice ${input.kind === 'answer' ? `${input.nodeId}=${input.values.join(',')}` : ''}`.trim(),
        language: conversation.language,
      })),
  ];

  if (found.length === 0) return { cards: [], flag: {}, record: async () => {}, publish: async () => {} };
  let alertId: string | undefined;
  const outOfHours = isOutOfHours(ctx.hubs, conversation.locality, now);
  const severities = [...new Set(found.map((f) => f.severity))].slice(0, MAX_CARDS);
  const mostSevere = found[0]!;
  return {
    cards: severities.map((severity) => ({
      kind: 'safeguarding' as const,
      route: routeFor(severity, { outOfHours }, ctx.safeguarding),
      outOfHours,
    })),
    flag: { urgent: true, urgentReason: moreSevere(mostSevere.severity, conversation.urgentReason) },
    async record(tx, messageId) {
      const rows = found.map((f) => ({
        id: orderedId(),
        conversationId: conversation.id,
        messageId,
        severity: f.severity,
        language: f.language,
        phrase: f.phrase,
        nodeId: nodeIdOf(conversation),
        outOfHours,
        at: now.toISOString(),
        category: f.category,
        rule: f.rule ?? null,
        matchedText: f.matchedText ?? null,
        matchStart: f.start ?? null,
        matchEnd: f.end ?? null,
      }));
      await tx.insert(safeguardingTriggers).values(rows);
      // Every flagged family gets a persistent alert, whether or not they asked to talk to someone.
      alertId = await raiseAlert(ctx, tx, { conversationId: conversation.id, trigger: rows[0]!, outOfHours, now });
    },
    async publish() {
      ctx.bus.publish('safeguarding.alert', conversation.id, mostSevere.severity, mostSevere.phrase);
      if (alertId) await publishAlertRaised(ctx, alertId);
    },
  };
}

function wordsFound(ctx: AppContext, text: string, language: string): Found[] {
  return detectDanger(text, ctx.phraseBook, { languages: [language] }).map((m) => ({
    severity: m.severity,
    phrase: m.rule,
    language: m.language,
    ...matchSpan(m),
  }));
}

function moreSevere(found: SafeguardingSeverity, existing: string | null): SafeguardingSeverity {
  return isSeverity(existing) && compareSeverity(existing, found) < 0 ? existing : found;
}

function isSeverity(value: unknown): value is SafeguardingSeverity {
  return (SAFEGUARDING_SEVERITIES as readonly unknown[]).includes(value);
}

function nodeIdOf(conversation: ConversationRow): string | null {
  const state = conversation.flowState as { at?: unknown } | null;
  return typeof state?.at === 'string' ? state.at : null;
}

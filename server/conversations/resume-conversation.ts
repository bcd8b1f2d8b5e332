import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import type { Tx } from '../db/index.js';
import { conversations } from '../db/tables.js';
import { LimitError, NotFoundError } from '../domain-errors.js';
import { startFlow, summarise } from '../flow-engine/index.js';
import { hasTranslation } from '../i18n/index.js';
import type { Message } from '../protocol/index.js';
import { findConversation, newResumeToken, resumeExpired, tokenMatches, type ConversationRow } from './conversation-record.js';
import { flowEnvFor } from './flow-env.js';
import { appendMessages, listMessages } from '../transcript/index.js';

export const INTAKE_FLOW_ID = 'family-front-door';
/** The request a practitioner from another agency makes for a family, with the family's agreement. */
export const PRACTITIONER_FLOW_ID = 'practitioner-request';

export interface ResumeInput {
  conversationId?: string;
  token?: string;
  language: string;
  fallbackLanguage?: string;
  /** Only read when a new conversation starts; a resumed one keeps its flow. */
  route?: 'family' | 'practitioner';
}

export interface ResumeResult {
  conversation: ConversationRow;
  /** Only set for a new conversation: the device keeps it to resume later. */
  token?: string;
  messages: Message[];
  created: boolean;
}

/**
 * Resumes the conversation the device holds a valid token for, or starts a new one.
 * A wrong, unknown, ended or expired token starts afresh rather than revealing whether the id exists.
 */
export async function resumeConversation(ctx: AppContext, input: ResumeInput, mayStart: () => boolean = () => true): Promise<ResumeResult> {
  if (input.conversationId && input.token) {
    const { conversationId, token } = input;
    const resumed = await ctx.store.transaction(async (tx) => {
      const existing = await findConversation(tx, conversationId);
      if (!existing || !tokenMatches(existing, token) || resumeExpired(existing, ctx.retention.resumeTokens, ctx.now())) return undefined;
      const updated = await applyLanguage(ctx, tx, existing, input);
      return { conversation: updated, messages: await listMessages(tx, existing.id), created: false };
    });
    if (resumed) return resumed;
  }
  if (!mayStart()) throw new LimitError('conversation-limit', 'Too many new conversations from this connection. Please try again later.');
  return await startConversation(ctx, input);
}

/** The family chose another language mid-conversation (the socket has already proved the token). */
export async function changeLanguage(ctx: AppContext, conversationId: string, choice: { language: string; fallbackLanguage?: string }): Promise<ConversationRow> {
  return ctx.store.transaction(async (tx) => {
    const row = await findConversation(tx, conversationId);
    if (!row) throw new NotFoundError('conversation');
    return await applyLanguage(ctx, tx, row, choice);
  });
}

async function startConversation(ctx: AppContext, input: ResumeInput): Promise<ResumeResult> {
  const flowId = input.route === 'practitioner' ? PRACTITIONER_FLOW_ID : INTAKE_FLOW_ID;
  const flow = ctx.flows.get(flowId);
  if (!flow) throw new Error(`flow ${flowId} is not loaded`);
  const now = ctx.now();
  const { token, hash } = newResumeToken();
  const id = crypto.randomUUID();
  const env = flowEnvFor(ctx, input.language);
  const result = startFlow(flow, env);
  return ctx.store.transaction(async (tx) => {
    await tx.insert(conversations).values({
        id,
        tokenHash: hash,
        flowId: flow.id,
        flowState: result.state,
        language: input.language,
        fallbackLanguage: input.fallbackLanguage ?? null,
        interpreterNeeded: interpreterFor(ctx, input.language),
        summary: summarise(flow, result.state, env),
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
      });
    const contents = result.outputs.flatMap((o) => (o.type === 'message' ? [o.content] : []));
    const messages = await appendMessages(tx, id, contents.map((content) => ({ author: 'bot' as const, content })), now);
    const conversation = (await findConversation(tx, id))!;
    return { conversation, token, messages, created: true };
  });
}

async function applyLanguage(ctx: AppContext, tx: Tx, row: ConversationRow, input: Pick<ResumeInput, 'language' | 'fallbackLanguage'>): Promise<ConversationRow> {
  const fallback = input.fallbackLanguage ?? null;
  if (row.language === input.language && row.fallbackLanguage === fallback) return row;
  const [updated] = await tx
    .update(conversations)
    .set({ language: input.language, fallbackLanguage: fallback, interpreterNeeded: interpreterFor(ctx, input.language) })
    .where(eq(conversations.id, row.id))
    .returning();
  return updated!;
}

/** A family whose language we have no translation for needs an interpreter when talking to staff. */
function interpreterFor(ctx: AppContext, language: string): string | null {
  return hasTranslation(ctx.locales, language) ? null : language;
}

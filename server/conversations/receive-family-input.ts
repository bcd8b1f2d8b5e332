import type { AppContext } from '../app-context.js';
import {
  answerValues,
  designatedSignals,
  parseFlowState,
  step,
  summarise,
  type FlowDefinition,
  type FlowInput,
  type StepResult,
} from '../flow-engine/index.js';
import { publishHandoffChange, requestHandoff } from '../handoff/index.js';
import type { Message, MessageContent } from '../protocol/index.js';
import { NotFoundError, UnprocessableError } from '../domain-errors.js';
import { findConversation, findConversationForInput, type ConversationRow } from './conversation-record.js';
import { flowEnvFor } from './flow-env.js';
import { appendMessages, findMessage, type NewMessage, publishCreated } from '../transcript/index.js';
import { screenForDanger, type Screening } from './screen-for-danger.js';

export type FamilyInput =
  | { kind: 'text'; clientMessageId: string; text: string }
  | { kind: 'answer'; clientMessageId: string; nodeId: string; values: string[] }
  | { kind: 'handoff-request'; clientMessageId: string };

export interface ReceiveResult {
  /** The family's own message as stored: the ack refers to it. */
  stored: Message;
  created: Message[];
  duplicate: boolean;
}

/**
 * Everything a family sends goes through here, in one transaction: store it, screen it for danger
 * (the emergency card goes out before any other reply), then let the flow continue. A resend of
 * an already-stored client message id changes nothing and returns the original.
 */
export async function receiveFamilyInput(ctx: AppContext, conversationId: string, input: FamilyInput): Promise<ReceiveResult> {
  const result = await ctx.store.transaction(async (tx) => {
    const found = await findConversationForInput(tx, conversationId, input.clientMessageId);
    if (!found) throw new NotFoundError('conversation');
    const { conversation, openHandoffId, duplicateId } = found;
    const previous = duplicateId ? await findMessage(tx, duplicateId) : undefined;
    if (previous) return { stored: previous, created: [], duplicate: true, screening: undefined, wantsHandoff: false };

    const now = ctx.now();
    const flow = ctx.flows.get(conversation.flowId);
    if (!flow) throw new Error(`flow ${conversation.flowId} is not loaded`);
    if (input.kind === 'answer') assertOptionValues(flow, input.nodeId, input.values);
    const env = flowEnvFor(ctx, conversation.language);
    const state = parseFlowState(conversation.flowState);
    const liveChat = openHandoffId !== null;

    const stepped = runFlow(input, liveChat || state.status === 'ended', (flowInput) => step(flow, state, flowInput, env));
    const screening = screenForDanger(
      ctx,
      conversation,
      input,
      designatedSignalsOf(input, (n, v) => designatedSignals(flow, n, v)),
      now,
    );

    const entries: NewMessage[] = [
      { author: 'family', clientMessageId: input.clientMessageId, content: familyContent(input, stepped, flow.nodes) },
      ...screening.cards.map((content) => ({ author: 'bot' as const, content })),
      // Never silence: a refused answer says why before the question is asked again.
      ...(stepped?.rejected ? [{ author: 'bot' as const, content: { kind: 'localised' as const, text: stepped.rejected } }] : []),
      ...(stepped?.outputs ?? []).flatMap((o) => (o.type === 'message' ? [{ author: 'bot' as const, content: o.content }] : [])),
    ];
    // The flow state and summary travel with the sequence allocation: one statement for both.
    const nextState = stepped?.state ?? state;
    const summary = summarise(flow, nextState, env);
    const [stored, ...created] = await appendMessages(tx, conversationId, entries, now, {
      flowState: nextState,
      summary,
      locality: summary.locality,
      lastSeenAt: now.toISOString(),
      ...screening.flag,
    });
    await screening.record(tx, stored!.id);

    const wantsHandoff = input.kind === 'handoff-request' || (stepped?.outputs.some((o) => o.type === 'handoff.requested') ?? false);
    if (wantsHandoff) created.push(...(await requestHandoff(tx, (await findConversation(tx, conversationId)) as ConversationRow, now)));
    return { stored: stored!, created, duplicate: false, screening, wantsHandoff };
  });
  if (!result.duplicate) {
    publishCreated(ctx, [result.stored, ...result.created]);
    await result.screening?.publish();
    if (result.wantsHandoff) await publishHandoffChange(ctx, conversationId);
  }
  return { stored: result.stored, created: result.created, duplicate: result.duplicate };
}

/** Live chat and finished flows don't step the script; answers to a stale prompt are still rejected politely. */
function runFlow(input: FamilyInput, flowPaused: boolean, run: (input: FlowInput) => StepResult): StepResult | undefined {
  if (input.kind === 'handoff-request') return undefined;
  if (input.kind === 'text') return flowPaused ? undefined : run({ type: 'text', text: input.text });
  return flowPaused ? undefined : run({ type: 'answer', nodeId: input.nodeId, values: input.values });
}

/** Checked before anything is stored: a stale prompt is fine, values it never offered are not. */
function assertOptionValues(flow: FlowDefinition, nodeId: string, values: string[]): void {
  const allowed = answerValues(Object.hasOwn(flow.nodes, nodeId) ? flow.nodes[nodeId] : undefined);
  if (!values.every((v) => allowed.includes(v))) throw new UnprocessableError('Choose one of the options offered.');
}

function designatedSignalsOf(input: FamilyInput, lookup: (nodeId: string, values: string[]) => string[]): string[] {
  return input.kind === 'answer' ? lookup(input.nodeId, input.values) : [];
}

function familyContent(input: FamilyInput, stepped: StepResult | undefined, nodes: FlowDefinition['nodes']): MessageContent {
  // Data minimisation: of a typed postcode only the district the flow kept is stored.
  if (input.kind === 'text' && stepped?.accepted && nodes[stepped.accepted.nodeId]?.kind === 'postcode') {
    return { kind: 'text', text: stepped.accepted.values[0] ?? '' };
  }
  if (input.kind === 'text') return { kind: 'text', text: input.text };
  if (input.kind === 'handoff-request') return { kind: 'localised', text: { key: 'common:events.askedToTalk' } };
  if (stepped?.accepted) return { kind: 'answer', ...stepped.accepted };
  const node = nodes[input.nodeId];
  const options = node && 'options' in node ? node.options : [];
  const labels = input.values.map((v) => options.find((o) => o.value === v)?.label ?? v);
  return { kind: 'answer', nodeId: input.nodeId, values: input.values, labels };
}

export type { Screening };

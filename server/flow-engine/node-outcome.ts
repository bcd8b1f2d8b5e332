import type { LocalisedText, MessageContent } from '../protocol/content.js';
import type { FlowEnv } from './flow-env.js';
import type { FlowDefinition } from './flow-schema.js';
import type { FlowState } from './flow-state.js';
import type { AcceptedAnswer, FlowInput, FlowOutput } from './step-result.js';

/** What one node sees when it runs. */
export interface NodeContext {
  flow: FlowDefinition;
  nodeId: string;
  state: FlowState;
  env: FlowEnv;
}

/** Node moves are data the engine loop acts on, so no node touches `at` or `status` itself. */
export type NodeMove =
  | { type: 'wait'; state: FlowState; outputs: FlowOutput[]; accepted?: AcceptedAnswer }
  | { type: 'goto'; next: string; state: FlowState; outputs: FlowOutput[]; accepted?: AcceptedAnswer }
  | { type: 'end'; state: FlowState; outputs: FlowOutput[] };

export type NodeOutcome = NodeMove | { type: 'rejected'; reason: LocalisedText };

/** A link to another node, with the field it sits in so load errors can name the exact path. */
export interface NodeLink {
  field: string;
  to: string;
}

/** How one kind of node behaves. Nodes that wait for the family have `answer` and `prompt`. */
export interface NodeBehaviour {
  links: NodeLink[];
  /** Every locale key the node can show, for the linter. */
  keys: string[];
  enter(ctx: NodeContext): NodeMove;
  answer?(input: FlowInput, ctx: NodeContext): NodeOutcome;
  prompt?(nodeId: string, state: FlowState): MessageContent;
}

export function messageOutput(content: MessageContent): FlowOutput {
  return { type: 'message', content };
}

export function textOutput(key: string): FlowOutput {
  return messageOutput({ kind: 'localised', text: { key } });
}

export function rejected(key: string, params?: LocalisedText['params']): NodeOutcome {
  return { type: 'rejected', reason: params ? { key, params } : { key } };
}

export function waitWithPrompt(prompt: MessageContent, state: FlowState): NodeMove {
  return { type: 'wait', state, outputs: [messageOutput(prompt)] };
}

/** Saves an answer under its name and moves on; the state is copied, never changed in place. */
export function saveAnswer(ctx: NodeContext, saveAs: string, accepted: AcceptedAnswer, next: string): NodeMove {
  const state = { ...ctx.state, answers: { ...ctx.state.answers, [saveAs]: accepted.values } };
  return { type: 'goto', next, state, outputs: [], accepted };
}

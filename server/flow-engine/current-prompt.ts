import type { MessageContent } from '../protocol/content.js';
import { behaviourOf } from './behaviour-of.js';
import type { FlowDefinition } from './flow-schema.js';
import type { FlowState } from './flow-state.js';
import { nodeAt } from './node-at.js';

/** The question still waiting for an answer, to show again after a reconnect; null once ended. */
export function currentPrompt(flow: FlowDefinition, state: FlowState): MessageContent | null {
  if (state.status === 'ended' || state.at === null) return null;
  return behaviourOf(nodeAt(flow, state.at)).prompt?.(state.at, state) ?? null;
}

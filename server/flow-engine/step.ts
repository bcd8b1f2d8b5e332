import { advance } from './advance.js';
import { behaviourOf } from './behaviour-of.js';
import { ENGINE_KEYS } from './engine-keys.js';
import type { FlowEnv } from './flow-env.js';
import { FlowError } from './flow-errors.js';
import type { FlowDefinition } from './flow-schema.js';
import { initialFlowState, type FlowState } from './flow-state.js';
import { nodeAt } from './node-at.js';
import { messageOutput } from './node-outcome.js';
import type { FlowInput, StepResult } from './step-result.js';

/** Runs a flow from its start node up to the first question. */
export function startFlow(flow: FlowDefinition, env: FlowEnv): StepResult {
  const state = initialFlowState(flow);
  return advance(flow, '', { type: 'goto', next: flow.start, state, outputs: [] }, env);
}

/**
 * Applies one input from the family. Pure: the same flow, state, input and env always give the
 * same result, and `state` is never changed in place. A refused input returns the same state,
 * the reason, and the current question again so the family can simply try once more.
 */
export function step(flow: FlowDefinition, state: FlowState, input: FlowInput, env: FlowEnv): StepResult {
  if (state.flowId !== flow.id) {
    throw new FlowError('state-mismatch', `state belongs to flow ${state.flowId}, not ${flow.id}`);
  }
  if (state.status === 'ended' || state.at === null) return { state, outputs: [], rejected: { key: ENGINE_KEYS.flowEnded } };
  // A state saved under an older version carries on while its node still exists, so a wording
  // fix deployed mid-conversation does not strand families part-way through.
  const nodeId = state.at;
  const behaviour = behaviourOf(nodeAt(flow, nodeId));
  if (!behaviour.answer) throw new FlowError('state-mismatch', `node "${nodeId}" of flow ${flow.id} does not wait for answers`);
  const askAgain = behaviour.prompt ? [messageOutput(behaviour.prompt(nodeId, state))] : [];

  if (input.type === 'answer' && input.nodeId !== nodeId) {
    return { state, outputs: askAgain, rejected: { key: ENGINE_KEYS.answerLatest } };
  }
  const outcome = behaviour.answer(input, { flow, nodeId, state, env });
  if (outcome.type === 'rejected') return { state, outputs: askAgain, rejected: outcome.reason };
  return advance(flow, nodeId, outcome, env);
}

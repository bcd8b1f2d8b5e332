import { behaviourOf } from './behaviour-of.js';
import type { FlowEnv } from './flow-env.js';
import { FlowError } from './flow-errors.js';
import type { FlowDefinition } from './flow-schema.js';
import { nodeAt } from './node-at.js';
import type { NodeMove } from './node-outcome.js';
import type { StepResult } from './step-result.js';

/**
 * Far more than any real flow moves between two answers. Branches cannot change answers, so a
 * flow that gets this far is looping for ever; stopping beats hanging the conversation.
 */
export const MAX_MOVES_PER_STEP = 100;

/**
 * Follows a move through say, branch and resources nodes until a node waits for the family or the
 * flow ends. `at` and `status` are set only here, so every node kind agrees on them.
 */
export function advance(flow: FlowDefinition, from: string, move: NodeMove, env: FlowEnv): StepResult {
  const outputs = [...move.outputs];
  const accepted = move.type === 'end' ? undefined : move.accepted;
  let at = from;
  let current = move;
  for (let moves = 0; current.type === 'goto'; moves++) {
    if (moves >= MAX_MOVES_PER_STEP) {
      const message = `flow ${flow.id} moved ${MAX_MOVES_PER_STEP} times without waiting for an answer (last at "${at}")`;
      throw new FlowError('loop', message);
    }
    at = current.next;
    const state = { ...current.state, at };
    current = behaviourOf(nodeAt(flow, at)).enter({ flow, nodeId: at, state, env });
    outputs.push(...current.outputs);
  }
  const result: StepResult =
    current.type === 'wait'
      ? { state: { ...current.state, at, status: 'active' }, outputs }
      : { state: { ...current.state, at: null, status: 'ended' }, outputs: [...outputs, { type: 'flow.ended' }] };
  return accepted ? { ...result, accepted } : result;
}

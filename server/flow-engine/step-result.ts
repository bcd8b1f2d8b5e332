import type { LocalisedText, MessageContent } from '../protocol/content.js';
import type { FlowState } from './flow-state.js';

/**
 * What the family sent: chosen option values for the node they answered (an empty list skips an
 * optional free-text or postcode question), or text typed for the current question.
 */
export type FlowInput = { type: 'answer'; nodeId: string; values: string[] } | { type: 'text'; text: string };

export type FlowOutput = { type: 'message'; content: MessageContent } | { type: 'handoff.requested' } | { type: 'flow.ended' };

/** The answer as the family should see it stored: option values plus their label keys. */
export interface AcceptedAnswer {
  nodeId: string;
  values: string[];
  labels: string[];
}

export interface StepResult {
  state: FlowState;
  outputs: FlowOutput[];
  accepted?: AcceptedAnswer;
  /** Why the input was refused; the state is then unchanged and the question is asked again. */
  rejected?: LocalisedText;
}

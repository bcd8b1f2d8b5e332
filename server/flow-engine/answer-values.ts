import type { FlowNode } from './flow-schema.js';
import { OFFER_VALUES } from './nodes/offer-handoff-node.js';

/**
 * The only values an answer to this node may carry: its options (choice, multi-choice), the fixed
 * offer values (offer-handoff), or none at all (free-text and postcode answers are a skip with no
 * values). Anything else, such as a locale key sent to make staff read words the family never
 * chose, is not an answer.
 */
export function answerValues(node: FlowNode | undefined): readonly string[] {
  switch (node?.kind) {
    case 'choice':
    case 'multi-choice':
      return node.options.map((o) => o.value);
    case 'offer-handoff':
      return Object.values(OFFER_VALUES);
    default:
      return [];
  }
}

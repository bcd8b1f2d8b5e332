import type { SafeguardingSeverity } from '../protocol/vocabulary.js';
import type { FlowDefinition } from './flow-schema.js';

/**
 * Safeguarding signals carried by the options the family chose, e.g. "someone is in danger right
 * now". It does not ask whether the flow accepts the answer: a tap on an old "danger" button
 * still counts. Unknown nodes or values give none, so screening never fails because a flow changed.
 */
export function designatedSignals(flow: FlowDefinition, nodeId: string, values: readonly string[]): SafeguardingSeverity[] {
  const node = Object.hasOwn(flow.nodes, nodeId) ? flow.nodes[nodeId] : undefined;
  if (node?.kind !== 'choice' && node?.kind !== 'multi-choice') return [];
  const signals = node.options.flatMap((o) => (o.signal && values.includes(o.value) ? [o.signal] : []));
  return [...new Set(signals)];
}

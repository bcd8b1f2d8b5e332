import { FlowError } from './flow-errors.js';
import type { FlowDefinition, FlowNode } from './flow-schema.js';

export function nodeAt(flow: FlowDefinition, nodeId: string): FlowNode {
  const node = Object.hasOwn(flow.nodes, nodeId) ? flow.nodes[nodeId] : undefined;
  if (!node) throw new FlowError('unknown-node', `flow ${flow.id} v${flow.version} has no node "${nodeId}"`);
  return node;
}

import { matchesCondition } from '../condition.js';
import type { BranchNode } from '../flow-schema.js';
import type { NodeBehaviour } from '../node-outcome.js';

/** The first case whose condition holds wins, so authors can order cases from specific to general. */
export function branchNode(node: BranchNode): NodeBehaviour {
  return {
    links: [...node.cases.map((c, i) => ({ field: `cases.${i}.next`, to: c.next })), { field: 'otherwise', to: node.otherwise }],
    keys: [],
    enter: ({ state }) => {
      const hit = node.cases.find((c) => matchesCondition(c.when, state.answers));
      return { type: 'goto', next: hit?.next ?? node.otherwise, state, outputs: [] };
    },
  };
}

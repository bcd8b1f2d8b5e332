import type { SayNode } from '../flow-schema.js';
import { textOutput, type NodeBehaviour } from '../node-outcome.js';

export function sayNode(node: SayNode): NodeBehaviour {
  return {
    links: [{ field: 'next', to: node.next }],
    keys: [node.text],
    enter: ({ state }) => ({ type: 'goto', next: node.next, state, outputs: [textOutput(node.text)] }),
  };
}

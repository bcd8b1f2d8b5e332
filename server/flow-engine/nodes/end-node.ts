import type { EndNode } from '../flow-schema.js';
import { textOutput, type NodeBehaviour } from '../node-outcome.js';

export function endNode(node: EndNode): NodeBehaviour {
  return {
    links: [],
    keys: node.text ? [node.text] : [],
    enter: ({ state }) => ({ type: 'end', state, outputs: node.text ? [textOutput(node.text)] : [] }),
  };
}

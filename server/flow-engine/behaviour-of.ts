import type { FlowNode } from './flow-schema.js';
import type { NodeBehaviour } from './node-outcome.js';
import { branchNode } from './nodes/branch-node.js';
import { choiceNode } from './nodes/choice-node.js';
import { endNode } from './nodes/end-node.js';
import { freeTextNode } from './nodes/free-text-node.js';
import { multiChoiceNode } from './nodes/multi-choice-node.js';
import { offerHandoffNode } from './nodes/offer-handoff-node.js';
import { postcodeNode } from './nodes/postcode-node.js';
import { resourcesNode } from './nodes/resources-node.js';
import { sayNode } from './nodes/say-node.js';

/** The one place node kinds are dispatched; a new kind fails to compile until it is handled here. */
export function behaviourOf(node: FlowNode): NodeBehaviour {
  switch (node.kind) {
    case 'say':
      return sayNode(node);
    case 'choice':
      return choiceNode(node);
    case 'multi-choice':
      return multiChoiceNode(node);
    case 'free-text':
      return freeTextNode(node);
    case 'postcode':
      return postcodeNode(node);
    case 'branch':
      return branchNode(node);
    case 'resources':
      return resourcesNode(node);
    case 'offer-handoff':
      return offerHandoffNode(node);
    case 'end':
      return endNode(node);
    default:
      return unhandled(node);
  }
}

function unhandled(node: never): never {
  throw new Error(`unknown node kind: ${JSON.stringify(node)}`);
}

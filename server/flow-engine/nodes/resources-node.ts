import type { ResourcesNode } from '../flow-schema.js';
import type { NodeBehaviour } from '../node-outcome.js';
import { showResources } from './show-resources.js';

/** Always starts from the first page: reaching this node again means the answers may have changed. */
export function resourcesNode(node: ResourcesNode): NodeBehaviour {
  return {
    links: [{ field: 'next', to: node.next }],
    keys: [node.intro],
    enter: (ctx) => {
      const shown = showResources(ctx, { resourcesNodeId: ctx.nodeId, page: 0, pageSize: node.pageSize, intro: node.intro });
      return { type: 'goto', next: node.next, ...shown };
    },
  };
}

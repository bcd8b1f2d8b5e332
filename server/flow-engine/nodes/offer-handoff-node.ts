import type { MessageContent } from '../../protocol/content.js';
import { OFFER_VALUES } from '../../protocol/offer-values.js';
import { ENGINE_KEYS } from '../engine-keys.js';
import type { OfferHandoffNode } from '../flow-schema.js';
import type { FlowState } from '../flow-state.js';
import { messageOutput, rejected, waitWithPrompt, type NodeBehaviour } from '../node-outcome.js';
import { showResources } from './show-resources.js';

export { OFFER_VALUES };

export function offerHandoffNode(node: OfferHandoffNode): NodeBehaviour {
  // "Show more" is only offered when there is more to show, so it never leads to an empty page.
  const options = (state: FlowState) => [
    { value: OFFER_VALUES.talk, label: node.talkLabel },
    ...(state.lastResourcesHasMore ? [{ value: OFFER_VALUES.more, label: node.moreLabel }] : []),
    { value: OFFER_VALUES.done, label: node.doneLabel },
  ];
  const prompt = (nodeId: string, state: FlowState): MessageContent => ({
    kind: 'prompt',
    nodeId,
    prompt: { key: node.prompt },
    input: 'choice',
    options: options(state),
  });
  return {
    links: [
      { field: 'onTalk', to: node.onTalk },
      { field: 'onDone', to: node.onDone },
    ],
    keys: [node.prompt, node.talkLabel, node.moreLabel, node.doneLabel],
    enter: ({ nodeId, state }) => waitWithPrompt(prompt(nodeId, state), state),
    prompt,
    answer(input, ctx) {
      if (input.type !== 'answer' || input.values.length !== 1) return rejected(ENGINE_KEYS.chooseFromOptions);
      const option = options(ctx.state).find((o) => o.value === input.values[0]);
      if (!option) return rejected(ENGINE_KEYS.chooseFromOptions);
      const accepted = { nodeId: ctx.nodeId, values: [option.value], labels: [option.label] };
      if (option.value === OFFER_VALUES.talk) {
        return { type: 'goto', next: node.onTalk, state: ctx.state, outputs: [{ type: 'handoff.requested' }], accepted };
      }
      if (option.value === OFFER_VALUES.done) return { type: 'goto', next: node.onDone, state: ctx.state, outputs: [], accepted };
      const sourceId = ctx.state.lastResourcesNode;
      const source = sourceId === null ? undefined : ctx.flow.nodes[sourceId];
      // A flow edited between versions may have lost the node that showed the last page.
      if (sourceId === null || source?.kind !== 'resources') return rejected(ENGINE_KEYS.chooseFromOptions);
      const page = ctx.state.resourcePage + 1;
      const shown = showResources(ctx, { resourcesNodeId: sourceId, page, pageSize: source.pageSize });
      const outputs = [...shown.outputs, messageOutput(prompt(ctx.nodeId, shown.state))];
      return { type: 'wait', state: shown.state, outputs, accepted };
    },
  };
}

import { ENGINE_KEYS } from '../engine-keys.js';
import type { FlowState } from '../flow-state.js';
import { messageOutput, textOutput, type NodeContext } from '../node-outcome.js';
import type { FlowOutput } from '../step-result.js';
import { summarise } from '../summarise.js';

interface ResourcesPage {
  /** The resources node whose page size this is, remembered for "show more". */
  resourcesNodeId: string;
  page: number;
  pageSize: number;
  intro?: string;
}

/** One page of matched resources, or a kind "nothing matched" line when there are none. */
export function showResources(ctx: NodeContext, { resourcesNodeId, page, pageSize, intro }: ResourcesPage): {
  state: FlowState;
  outputs: FlowOutput[];
} {
  const { needs, childAges, locality } = summarise(ctx.flow, ctx.state, ctx.env);
  const { cards, hasMore } = ctx.env.matchResources({
    needs,
    ageBands: childAges,
    locality,
    language: ctx.env.language,
    page,
    pageSize,
  });
  const found = cards.length > 0;
  const outputs = found
    ? [...(intro ? [textOutput(intro)] : []), messageOutput({ kind: 'resources', cards, hasMore })]
    : [textOutput(ENGINE_KEYS.noResources)];
  const state = { ...ctx.state, resourcePage: page, lastResourcesHasMore: found && hasMore, lastResourcesNode: resourcesNodeId };
  return { state, outputs };
}

import type { AppContext } from '../app-context.js';
import type { FlowEnv } from '../flow-engine/index.js';
import { matchResources } from '../resources/index.js';

/** The pure engine's view of the world for one conversation. */
export function flowEnvFor(ctx: AppContext, language: string): FlowEnv {
  return {
    language,
    districtLocalities: ctx.districtLocalities,
    matchResources: (query) => matchResources(ctx.catalogue, query),
  };
}

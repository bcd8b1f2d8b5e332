import type { AppContext } from '../app-context.js';
import type { FlowEnv } from '../flow-engine/index.js';
import { createTranslator } from '../i18n/index.js';
import { matchResources } from '../resources/index.js';

/** The pure engine's view of the world for one conversation. */
export function flowEnvFor(ctx: AppContext, language: string): FlowEnv {
  return {
    language,
    districtLocalities: ctx.districtLocalities,
    matchResources: (query) => matchResources(ctx.catalogue, query),
    // A family may type an answer in their language or in English, whichever they reach for.
    optionLabels: (key) => [...new Set([createTranslator(ctx.locales, language).t(key), createTranslator(ctx.locales, 'en').t(key)])],
  };
}

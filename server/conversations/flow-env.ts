import type { AppContext } from '../app-context.js';
import type { FlowEnv } from '../flow-engine/index.js';
import { createTranslator, type Resources } from '../i18n/index.js';
import { matchResources } from '../resources/index.js';

/**
 * An option's labels in a language and in English, remembered per locales object: a typed answer
 * at a button question compares against every option's labels, on every message. A translator's
 * edit replaces the locales object (translation-runtime.ts), so nothing stale is kept.
 */
const labelsByLocales = new WeakMap<Resources, Map<string, readonly string[]>>();

function optionLabels(locales: Resources, language: string, key: string): readonly string[] {
  let labels = labelsByLocales.get(locales);
  if (!labels) labelsByLocales.set(locales, (labels = new Map()));
  const memoKey = `${language} ${key}`;
  let found = labels.get(memoKey);
  if (!found) {
    found = [...new Set([createTranslator(locales, language).t(key), createTranslator(locales, 'en').t(key)])];
    labels.set(memoKey, found);
  }
  return found;
}

/** The pure engine's view of the world for one conversation. */
export function flowEnvFor(ctx: AppContext, language: string): FlowEnv {
  return {
    language,
    districtLocalities: ctx.districtLocalities,
    matchResources: (query) => matchResources(ctx.catalogue, query),
    // A family may type an answer in their language or in English, whichever they reach for.
    optionLabels: (key) => optionLabels(ctx.locales, language, key),
  };
}

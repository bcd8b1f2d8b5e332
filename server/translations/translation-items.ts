import type { AppContext } from '../app-context.js';
import { flattenLocale } from '../flow-engine/index.js';
import { SAFETY_NAMESPACES, SOURCE_LANGUAGE, stateOfKey, textAt, UI_NAMESPACES, type KeyState } from '../i18n/index.js';
import { expectedKeys, extractTokens, type ExpectedKey } from '../i18n/toolkit/index.js';
import { exampleCounts } from '../i18n/toolkit/plural-keys.js';
import type { TranslationItem } from '../protocol/translation-bodies.js';
import { indexFlowKeys, placesOf } from './key-places.js';

/** English texts of one namespace, flat: dotted key -> text. */
export function englishEntries(ctx: AppContext, namespace: string): Map<string, string> {
  const flat = flattenLocale(namespace, ctx.locales[SOURCE_LANGUAGE]?.[namespace] ?? {});
  return new Map([...flat].map(([key, text]) => [key.slice(namespace.length + 1), text]));
}

/** The key `language` needs in `namespace`, with its English, or undefined when there is none. */
export function expectedKey(ctx: AppContext, language: string, namespace: string, key: string): ExpectedKey | undefined {
  return expectedKeys(englishEntries(ctx, namespace), language).find((entry) => entry.key === key);
}

/** The state of every key a language needs (optional `_zero` forms left out), cheaply: for totals. */
export function languageStates(ctx: AppContext, language: string): KeyState[] {
  return UI_NAMESPACES.flatMap((namespace) =>
    expectedKeys(englishEntries(ctx, namespace), language)
      .filter((entry) => !entry.optional)
      .map((entry) => stateOfKey(ctx.locales, ctx.reviews, language, `${namespace}:${entry.key}`)),
  );
}

/** Queue order: safety text first, then what families meet worst (missing, stale, draft), then done. */
const STATE_ORDER: Record<KeyState, number> = { missing: 0, stale: 1, draft: 2, reviewed: 3 };

/**
 * Every key a language needs, in queue order. Optional `_zero` forms are left out, as in the
 * coverage report. Authors come from pending changes: a key from the files has no author here.
 */
export function translationItems(ctx: AppContext, language: string, names: ReadonlyMap<string, string>): TranslationItem[] {
  const flowKeys = indexFlowKeys(ctx.flows);
  const pending = new Map(ctx.translations.changes.map((change) => [`${change.namespace}:${change.key}`, change]));
  const items = UI_NAMESPACES.flatMap((namespace) =>
    expectedKeys(englishEntries(ctx, namespace), language)
      .filter((entry) => !entry.optional)
      .map((entry): TranslationItem => {
        const id = `${namespace}:${entry.key}`;
        const change = ctx.translations.changes.length > 0 ? pending.get(id) : undefined;
        const live = change?.language === language && change.status !== 'landed' ? change : undefined;
        return {
          namespace,
          key: entry.key,
          english: entry.source,
          text: textAt(ctx.locales[language]?.[namespace], entry.key) ?? null,
          state: stateOfKey(ctx.locales, ctx.reviews, language, id),
          safety: SAFETY_NAMESPACES.includes(namespace),
          plural: entry.plural
            ? { category: entry.plural.category, examples: exampleCounts(language, entry.plural.ordinal, entry.plural.category) }
            : null,
          where: placesOf(flowKeys, namespace, entry.key),
          note: noteFor(entry),
          author: live ? { id: live.authorId, name: names.get(live.authorId) ?? live.authorId } : null,
          changeStatus: live ? (live.status === 'pending' ? 'pending' : 'conflict') : null,
        };
      }),
  );
  return items.sort((a, b) => Number(b.safety) - Number(a.safety) || STATE_ORDER[a.state] - STATE_ORDER[b.state]);
}

function noteFor(entry: ExpectedKey): string {
  const tokens = extractTokens(entry.source);
  const keep = [...tokens.placeholders, ...tokens.nesting, ...new Set(tokens.markup)];
  const parts = keep.length > 0 ? [`Copy exactly: ${keep.join(' ')}`] : [];
  if (entry.plural) parts.push(`Plural form "${entry.plural.category}" (translated from the English "${entry.plural.category === 'one' ? 'one' : 'other'}" form)`);
  return parts.join('. ');
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyState, servedState, weakestState, type KeyState, type ReviewMark } from './key-state.js';
import type { LocaleTree, Resources } from './load-locales.js';
import { SOURCE_LANGUAGE, UI_NAMESPACES } from './namespaces.js';
import { sourceHash } from './toolkit/source-hash.js';

export interface ReviewRecord {
  review: ReviewMark;
  /** The hash of the English the translation was made or reviewed against. */
  sourceHash?: string;
}

/** language -> "namespace:dotted.key" -> review record, from the translators' .meta.json files. */
export type ReviewStates = Record<string, Record<string, ReviewRecord>>;

export function loadReviewStates(localesDir: string): ReviewStates {
  const states: ReviewStates = {};
  for (const language of readdirSync(localesDir)) {
    for (const namespace of UI_NAMESPACES) {
      const file = join(localesDir, language, `${namespace}.meta.json`);
      if (!existsSync(file)) continue;
      const meta = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { review?: unknown; sourceHash?: unknown }>;
      for (const [key, entry] of Object.entries(meta)) {
        if (entry.review !== 'draft' && entry.review !== 'reviewed') continue;
        const hash = typeof entry.sourceHash === 'string' ? { sourceHash: entry.sourceHash } : {};
        (states[language] ??= {})[`${namespace}:${key}`] = { review: entry.review, ...hash };
      }
    }
  }
  return states;
}

/** The text at a dotted key of one namespace tree, if it is a string. */
export function textAt(tree: LocaleTree | undefined, dottedKey: string): string | undefined {
  let node: LocaleTree | string | undefined = tree;
  for (const part of dottedKey.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

// English texts are fixed while the process runs, and every language asks for the same hashes.
const englishHashes = new Map<string, string>();
function hashOfEnglish(text: string): string {
  let hash = englishHashes.get(text);
  if (hash === undefined) englishHashes.set(text, (hash = sourceHash(text)));
  return hash;
}

/** The state (key-state.ts) of "namespace:dotted.key" in a language, against today's English. */
export function stateOfKey(locales: Resources, reviews: ReviewStates, language: string, key: string): KeyState {
  const [namespace = '', dotted = ''] = key.split(/:(.*)/s);
  const englishTree = locales[SOURCE_LANGUAGE]?.[namespace];
  // A plural form English lacks (few, many, two) is translated from the English `other` form.
  const english = textAt(englishTree, dotted) ?? textAt(englishTree, dotted.replace(/_(zero|one|two|few|many)$/, '_other'));
  const record = reviews[language]?.[key];
  return keyState({
    text: textAt(locales[language]?.[namespace], dotted),
    review: record?.review,
    recordedHash: record?.sourceHash,
    currentHash: hashOfEnglish(english ?? ''),
  });
}

/** Only a person's review of today's English counts; a key without a record is a draft. */
export function isReviewed(locales: Resources, reviews: ReviewStates, language: string, key: string): boolean {
  return stateOfKey(locales, reviews, language, key) === 'reviewed';
}

/**
 * Per translated language, the state families meet a namespace in (its weakest key, stale safety
 * text served as draft). The widget adds the English beneath safety text in any state but reviewed.
 */
export function namespaceStates(locales: Resources, reviews: ReviewStates, namespace: string, englishKeys: readonly string[]): Record<string, KeyState> {
  const states: Record<string, KeyState> = {};
  for (const language of Object.keys(locales)) {
    if (language === SOURCE_LANGUAGE) continue;
    const keyStates = englishKeys.map((key) => servedState(namespace, stateOfKey(locales, reviews, language, `${namespace}:${key}`)));
    states[language] = weakestState(keyStates);
  }
  return states;
}

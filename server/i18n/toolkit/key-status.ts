import { keyState, type KeyState } from '../key-state.js';
import type { UiNamespace } from '../namespaces.js';
import { expectedKeys, type ExpectedKey } from './expected-keys.js';
import type { LoadedLanguage, LoadedLocales } from './load-locales.js';
import type { ReviewState } from './locale-snapshot.js';
import { sourceHash } from './source-hash.js';

/** Why a present translation may no longer match its English. */
export type StaleReason = 'changed' | 'unrecorded';

export interface KeyStatus extends ExpectedKey {
  lang: string;
  ns: UiNamespace;
  /** The translation, or undefined when missing (an empty string counts as missing). */
  text: string | undefined;
  review: ReviewState | undefined;
  stale: StaleReason | undefined;
  /** The one state rule (key-state.ts): `stale` there is a review whose English changed. */
  state: KeyState;
}

/**
 * Every key `language` is expected to provide in `ns`, with its translation state. A key is
 * stale when its meta hash differs from the current English, or when it has no meta at all:
 * then nobody can say which English it was translated from.
 */
export function keyStatuses(loaded: LoadedLocales, language: LoadedLanguage, ns: UiNamespace): KeyStatus[] {
  const english = loaded.english.namespaces.get(ns);
  const target = language.namespaces.get(ns);
  if (english === undefined || target === undefined) return [];
  return expectedKeys(english.entries, language.lang).map((expected) => {
    const raw = target.entries.get(expected.key);
    const text = raw === undefined || raw.trim() === '' ? undefined : raw;
    const meta = target.meta.get(expected.key);
    const stale: StaleReason | undefined =
      text === undefined ? undefined
      : meta === undefined ? 'unrecorded'
      : meta.sourceHash === sourceHash(expected.source) ? undefined
      : 'changed';
    const state = keyState({ text, review: meta?.review, recordedHash: meta?.sourceHash, currentHash: sourceHash(expected.source) });
    return { ...expected, lang: language.lang, ns, text, review: meta?.review, stale, state };
  });
}

/** Reviewed counts only when a person reviewed a translation of the English we show today. */
export function isReviewed(status: KeyStatus): boolean {
  return status.state === 'reviewed';
}

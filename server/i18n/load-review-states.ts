import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_NAMESPACES } from './namespaces.js';

/** language -> "namespace:dotted.key" -> review state, from the translators' .meta.json files. */
export type ReviewStates = Record<string, Record<string, 'draft' | 'reviewed'>>;

export function loadReviewStates(localesDir: string): ReviewStates {
  const states: ReviewStates = {};
  for (const language of readdirSync(localesDir)) {
    for (const namespace of UI_NAMESPACES) {
      const file = join(localesDir, language, `${namespace}.meta.json`);
      if (!existsSync(file)) continue;
      const meta = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { review?: unknown }>;
      for (const [key, entry] of Object.entries(meta)) {
        if (entry.review === 'draft' || entry.review === 'reviewed') (states[language] ??= {})[`${namespace}:${key}`] = entry.review;
      }
    }
  }
  return states;
}

/** Only a person's review counts; a key without a record is treated as a draft. */
export function isReviewed(states: ReviewStates, language: string, key: string): boolean {
  return states[language]?.[key] === 'reviewed';
}

/**
 * Languages in which every key of a namespace is translated and reviewed by a person. Safety text
 * (safeguarding, consent) in any other language is shown together with the English.
 */
export function fullyReviewedLanguages(englishKeys: readonly string[], states: ReviewStates, namespace: string): string[] {
  return Object.keys(states).filter((language) => englishKeys.every((key) => states[language]?.[`${namespace}:${key}`] === 'reviewed'));
}

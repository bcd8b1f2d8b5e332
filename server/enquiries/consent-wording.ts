import { createHash } from 'node:crypto';

/** The consent wording in force. Changing the text means a new version: new keys, old ones kept. */
export const CONSENT_WORDING = { key: 'consent:earlyHelp', version: 1 } as const;

const PARTS = ['title', 'what', 'who', 'why', 'howLong', 'withdraw', 'question'] as const;

export interface WordingSources {
  /** Renders a key in a language (with that language's fallback chain). */
  t(language: string, key: string): string;
  /** Whether a person has reviewed this key's translation in this language. */
  isReviewed(language: string, key: string): boolean;
}

/**
 * The exact paragraphs a family is shown. A translation no person has reviewed yet is shown with
 * the English beneath it, because consent must rest on words we know are right.
 */
export function consentParagraphs(language: string, sources: WordingSources): string[] {
  const keys = PARTS.map((part) => `${CONSENT_WORDING.key}.v${CONSENT_WORDING.version}.${part}`);
  const own = keys.map((key) => sources.t(language, key));
  const primary = language.split('-')[0];
  if (primary === 'en' || keys.every((key) => sources.isReviewed(language, key))) return own;
  const english = keys.map((key) => sources.t('en', key));
  if (own.every((text, i) => text === english[i])) return english;
  return [...own, sources.t(language, 'consent:draftNotice'), ...english];
}

export function hashWording(paragraphs: string[]): string {
  return createHash('sha256').update(paragraphs.join('\n\n')).digest('hex');
}

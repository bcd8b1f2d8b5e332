import { FORMAT_LOCALE } from './console-i18n.js';

export interface LanguageLabel {
  /** The language's name in English, for staff. */
  english: string;
  /** Its name in itself ("اردو", "Polski"), when the browser knows it and it differs. */
  endonym?: string;
}

const cache = new Map<string, LanguageLabel>();

function nameOf(tag: string, inLocale: string): string | undefined {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'none' }).of(tag) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Names a BCP 47 tag for the queue and summary; an unknown tag is shown as the tag itself. */
export function languageLabel(tag: string): LanguageLabel {
  const cached = cache.get(tag);
  if (cached) return cached;
  const english = nameOf(tag, FORMAT_LOCALE) ?? tag;
  const endonym = nameOf(tag, tag);
  const label = endonym && endonym.toLocaleLowerCase() !== english.toLocaleLowerCase() ? { english, endonym } : { english };
  cache.set(tag, label);
  return label;
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The language an interpreter is needed for, or null. The server's flag wins; otherwise it is
 * needed when the family's language is not one this person reads (matching on the primary
 * subtag, so "pa-Arab" staff can read a "pa" family and "en-GB" counts as "en").
 */
export function interpreterLanguage(familyLanguage: string, staffLanguages: readonly string[], flagged?: string): string | null {
  if (flagged) return flagged;
  return staffLanguages.some((l) => primary(l) === primary(familyLanguage)) ? null : familyLanguage;
}

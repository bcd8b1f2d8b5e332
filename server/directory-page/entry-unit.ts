import type { Resources } from '../i18n/index.js';

export interface UnitText {
  text: string;
  inEnglish: boolean;
}

/**
 * An entry's translated field from locales/<code>/resources.json along the family's chain, or the
 * English with `inEnglish` set (never silently English for someone reading another language).
 */
export function entryUnit(locales: Resources, chain: readonly string[], id: string, field: 'summary' | 'eligibility', english: string): UnitText {
  for (const code of chain) {
    if (code === 'en') break;
    const entries = (locales[code]?.resources as Record<string, unknown> | undefined)?.entries as Record<string, Record<string, unknown>> | undefined;
    const text = entries?.[id]?.[field];
    if (typeof text === 'string' && text.trim()) return { text, inEnglish: false };
  }
  return { text: english, inEnglish: chain[0] !== 'en' };
}

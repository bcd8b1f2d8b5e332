import { z } from 'zod';
import { KEY_STATES } from '../i18n/key-state.js';
import { UI_NAMESPACES } from '../i18n/namespaces.js';

/** Longest text any one key holds (the consent paragraphs are the longest, well under this). */
export const TRANSLATION_MAX_CHARS = 2000;

/** A translator's edit of one key, or a review of its current text (same text, review "reviewed"). */
export const TranslationChangeBody = z.object({
  namespace: z.enum(UI_NAMESPACES),
  key: z.string().min(1).max(200).regex(/^[\w.-]+$/, 'a dotted key such as panel.title'),
  text: z.string().max(TRANSLATION_MAX_CHARS),
  review: z.enum(['draft', 'reviewed']),
});
export type TranslationChangeBody = z.infer<typeof TranslationChangeBody>;

export type KeyStateName = (typeof KEY_STATES)[number];

/** One key in a translator's work list, with everything needed to translate it. */
export interface TranslationItem {
  namespace: string;
  key: string;
  english: string;
  text: string | null;
  state: KeyStateName;
  /** Safeguarding or consent: reviewed first, shown with the English until reviewed. */
  safety: boolean;
  /** Plural form and example counts, when the key is one form of a plural. */
  plural: { category: string; examples: string[] } | null;
  /** Flow nodes or screens that show this text. */
  where: string[];
  note: string;
  /** Who wrote the text now shown, when it came from the console (four eyes). */
  author: { id: string; name: string } | null;
  changeStatus: 'pending' | 'conflict' | null;
}

export interface NamespaceCoverage {
  namespace: string;
  keys: number;
  missing: number;
  draft: number;
  stale: number;
  reviewed: number;
}

export interface TranslationConflict {
  namespace: string;
  key: string;
  /** The file's text today, and what the console change said (neither is lost). */
  fileText: string | null;
  changeText: string;
  by: string;
  at: string;
}

export interface TranslationWorkspaceView {
  language: string;
  direction: 'ltr' | 'rtl';
  fourEyes: boolean;
  coverage: NamespaceCoverage[];
  items: TranslationItem[];
  glossary: { term: string; translation: string; note: string }[];
  conflicts: TranslationConflict[];
}

export interface TranslationLanguageView {
  code: string;
  name: string;
  direction: 'ltr' | 'rtl';
  keys: number;
  reviewed: number;
  missing: number;
}

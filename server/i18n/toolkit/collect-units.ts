import { UI_NAMESPACES } from '../namespaces.js';
import { extractTokens } from './find-token-mismatches.js';
import { isReviewed, keyStatuses, type KeyStatus } from './key-status.js';
import { languageOf, type LoadedLocales } from './load-locales.js';
import { exampleCounts, pluralCategoriesOf } from './plural-keys.js';

/** XLIFF 2.0 segment states we write; `final` is read back as reviewed but never written. */
export type SegmentState = 'initial' | 'translated' | 'reviewed';

export interface UnitNote {
  category: 'placeholders' | 'markup' | 'plural' | 'stale' | 'review';
  text: string;
}

/** One translatable text as exported: the same shape feeds XLIFF and CSV. */
export interface ExportUnit {
  ns: string;
  key: string;
  source: string;
  target: string | undefined;
  state: SegmentState;
  notes: UnitNote[];
}

/** Namespaces whose draft text the widget shows beside the English until a person reviews it. */
const SAFETY_NAMESPACES = new Set<string>(['safeguarding', 'consent']);

/** Every key `lang` needs, in English order, with notes that tell a translator what to keep. */
export function collectUnits(loaded: LoadedLocales, lang: string): ExportUnit[] {
  const language = languageOf(loaded, lang);
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  const languageName = names.of(lang) ?? lang;
  return UI_NAMESPACES.flatMap((ns) =>
    keyStatuses(loaded, language, ns).map((status) => ({
      ns,
      key: status.key,
      source: status.source,
      target: status.text,
      state: status.text === undefined ? 'initial' : isReviewed(status) ? 'reviewed' : 'translated',
      notes: notesFor(status, languageName),
    })),
  );
}

function notesFor(status: KeyStatus, languageName: string): UnitNote[] {
  const notes: UnitNote[] = [];
  const tokens = extractTokens(status.source);
  // In plural forms {{count}} is optional (see findTokenMismatches), so it is not listed as a must.
  const optional = status.plural === undefined ? '' : '{{count}}';
  const keep = [...new Set([...tokens.placeholders, ...tokens.nesting])].filter((token) => token !== optional);
  if (keep.length > 0) notes.push({ category: 'placeholders', text: `Keep exactly as written: ${keep.join(' ')}` });
  if (tokens.markup.length > 0) {
    notes.push({ category: 'markup', text: `Keep these tags around the matching words: ${tokens.markup.join(' ')}` });
  }
  if (status.plural !== undefined) notes.push({ category: 'plural', text: pluralNote(status, languageName) });
  if (status.stale === 'changed') {
    notes.push({ category: 'stale', text: 'The English changed since this was translated: please check the translation still fits.' });
  } else if (status.stale === 'unrecorded') {
    notes.push({ category: 'stale', text: 'There is no record of the English this was translated from: please check it.' });
  }
  if (SAFETY_NAMESPACES.has(status.ns)) {
    notes.push({ category: 'review', text: 'Safeguarding or consent text: shown together with the English until a second person marks it reviewed.' });
  }
  return notes;
}

function pluralNote(status: KeyStatus, languageName: string): string {
  const plural = status.plural as NonNullable<KeyStatus['plural']>;
  const kind = plural.ordinal ? 'Ordinal form' : 'Plural form';
  if (status.optional) return `${kind} "zero": used only when the count is exactly 0 (optional).`;
  const all = pluralCategoriesOf(status.lang, plural.ordinal).join(', ');
  const examples = exampleCounts(status.lang, plural.ordinal, plural.category).join(', ');
  return (
    `${kind} "${plural.category}" of ${all} in ${languageName}, used for counts such as ${examples}. ` +
    '{{count}} shows the number; leave it out where your language says the number in words.'
  );
}

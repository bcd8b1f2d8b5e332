import type { SafeguardingCategory, SafeguardingSeverity } from '../protocol/vocabulary.js';
import { PhraseBookError, type PhraseFile } from './phrase-file.js';
import type { RuleFile } from './rule-file.js';
import type { SafeguardingModel } from './model/safeguarding-model.js';
import { parseTokenPattern, type TokenPattern } from './token-pattern.js';
import { WordIndex, type IndexedWord } from './word-index.js';

/** Concepts the detector itself reads; every other concept must be used by a rule. */
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

export const NEGATION = 'negation';
export const NEGATION_AFTER = 'negation-after';
export const NEGATION_BREAK = 'negation-break';
const BUILT_IN_CONCEPTS = [NEGATION, NEGATION_AFTER, NEGATION_BREAK];

export type EntryKind = 'concept' | 'phrase' | 'harmless';

/** One line of a lexicon: a concept word, a phrase of a category, or a harmless idiom. */
export interface Entry {
  readonly kind: EntryKind;
  /** Concept id, category, or "harmless". */
  readonly owner: string;
  readonly language: string;
  /** Word ids in order. */
  readonly words: readonly number[];
}

export interface CompiledRule {
  readonly id: string;
  readonly category: SafeguardingCategory;
  readonly label: string;
  readonly groups: readonly (readonly string[])[];
  readonly none: readonly string[];
  readonly window: number;
  readonly ordered: boolean;
  readonly defer: boolean;
}

export interface PhraseBookLanguage {
  readonly language: string;
  readonly review: 'draft' | 'reviewed';
}

/** Every language's lexicon and the shared rules, indexed for detection. */
export interface PhraseBook {
  readonly languages: readonly PhraseBookLanguage[];
  readonly index: WordIndex;
  readonly entries: readonly Entry[];
  /** Entry ids by the id of their first word. */
  readonly entriesByFirstWord: ReadonlyMap<number, readonly number[]>;
  readonly rules: readonly CompiledRule[];
  readonly cardOf: Readonly<Record<SafeguardingCategory, SafeguardingSeverity>>;
  readonly categoryLabels: Readonly<Record<SafeguardingCategory, string>>;
  readonly negation: { readonly before: number; readonly after: number };
  /** The trained model consulted when the rules find nothing; absent means rules only. */
  readonly model?: SafeguardingModel;
}

/** Fewer characters than this would fire on ordinary words ("dv", a lone letter). */
const MIN_PHRASE_CHARS = 2;

/**
 * Compile validated lexicons (keyed by language tag) with the shared rules and the category ->
 * card map of config/safeguarding.json. Throws PhraseBookError naming the file, key and entry.
 */
export function compilePhraseBook(
  files: Readonly<Record<string, PhraseFile>>,
  ruleFile: RuleFile,
  cardOf: Readonly<Record<SafeguardingCategory, SafeguardingSeverity>>,
): PhraseBook {
  const languages = Object.keys(files).sort();
  if (languages.length === 0) throw new PhraseBookError('no safeguarding phrase files were given');

  const knownConcepts = new Set<string>(BUILT_IN_CONCEPTS);
  for (const rule of ruleFile.rules) for (const id of [...rule.all.flat(), ...rule.none]) knownConcepts.add(id);

  const words: IndexedWord[] = [];
  const wordIds = new Map<string, number>();
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const intern = (language: string, pattern: TokenPattern): number => {
    const id = `${language} ${JSON.stringify(pattern)}`;
    let index = wordIds.get(id);
    if (index === undefined) wordIds.set(id, (index = words.push({ pattern, language }) - 1));
    return index;
  };
  const compile = (language: string, kind: EntryKind, owner: string, where: string, list: readonly string[]) => {
    list.forEach((written, position) => {
      const fail = (reason: string) => new PhraseBookError(`${language}/safeguarding-phrases.json ${where}[${position}] "${written}": ${reason}`);
      let patterns: TokenPattern[];
      try {
        patterns = written.trim().split(/\s+/u).flatMap(parseTokenPattern);
      } catch (error) {
        throw fail(error instanceof Error ? error.message : String(error));
      }
      const length = patterns.reduce((sum, word) => sum + (word[0]?.chars.length ?? 0), 0);
      // A means emoji (💊, 🔪) is one character but a whole word (see tokenise-text.ts).
      const emoji = patterns.length === 1 && patterns[0]!.every((alternative) => PICTOGRAPH.test(alternative.chars.join('')));
      if (length < MIN_PHRASE_CHARS && !emoji) throw fail(`a phrase needs at least ${MIN_PHRASE_CHARS} letters`);
      const ids = patterns.map((pattern) => intern(language, pattern));
      const key = `${kind} ${owner} ${ids.join(',')}`;
      if (seen.has(key)) return;
      seen.add(key);
      entries.push({ kind, owner, language, words: ids });
    });
  };

  for (const language of languages) {
    const file = files[language]!;
    for (const [concept, list] of Object.entries(file.concepts)) {
      if (!knownConcepts.has(concept)) {
        throw new PhraseBookError(`${language}/safeguarding-phrases.json concepts.${concept}: no rule uses this concept (check the spelling; see docs/safeguarding-detection.md)`);
      }
      compile(language, 'concept', concept, `concepts.${concept}`, list);
    }
    for (const [category, list] of Object.entries(file.phrases)) compile(language, 'phrase', category, `phrases.${category}`, list ?? []);
    compile(language, 'harmless', 'harmless', 'harmless', file.harmless);
  }

  const entriesByFirstWord = new Map<number, number[]>();
  entries.forEach((entry, id) => {
    const list = entriesByFirstWord.get(entry.words[0]!);
    if (list) list.push(id);
    else entriesByFirstWord.set(entry.words[0]!, [id]);
  });

  return {
    languages: languages.map((language) => ({ language, review: files[language]!.review })),
    index: new WordIndex(words),
    entries,
    entriesByFirstWord,
    rules: ruleFile.rules.map((rule) => ({
      id: rule.id,
      category: rule.category,
      label: rule.label,
      groups: rule.all.map((group) => (typeof group === 'string' ? [group] : group)),
      none: rule.none,
      window: rule.window ?? ruleFile.window,
      ordered: rule.ordered,
      defer: rule.defer,
    })),
    cardOf,
    categoryLabels: ruleFile.categoryLabels,
    negation: ruleFile.negation,
  };
}

import type { SafeguardingSeverity } from '../protocol/vocabulary.js';
import { PhraseBookError, type PhraseFile, type PhraseListName } from './phrase-file.js';
import { parseTokenPattern, type TokenPattern } from './token-pattern.js';

export interface CompiledPhrase {
  readonly language: string;
  /** The list entry exactly as written, so staff and reports can see which entry fired. */
  readonly phrase: string;
  /** Indexes into PhraseBook.patterns, one per word, in order. */
  readonly words: readonly number[];
}
export interface DangerPhrase extends CompiledPhrase {
  readonly severity: SafeguardingSeverity;
}

export interface PhraseBookLanguage {
  readonly language: string;
  readonly review: 'draft' | 'reviewed';
}

/** Every language's lists compiled together: detection checks all of them on every message. */
export interface PhraseBook {
  readonly languages: readonly PhraseBookLanguage[];
  /** Most severe list first. */
  readonly danger: readonly DangerPhrase[];
  readonly ignore: readonly CompiledPhrase[];
  /** Word patterns shared between phrases, so each is tried once per distinct word of a message. */
  readonly patterns: readonly TokenPattern[];
}

/** Fewer characters than this would fire on ordinary words ("dv", a lone letter). */
const MIN_PHRASE_CHARS = 2;

/** Compile validated phrase files, keyed by language tag. Throws PhraseBookError naming the entry. */
export function compilePhraseBook(files: Readonly<Record<string, PhraseFile>>): PhraseBook {
  const patterns: TokenPattern[] = [];
  const patternIndex = new Map<string, number>();
  const intern = (pattern: TokenPattern): number => {
    const id = JSON.stringify(pattern);
    let index = patternIndex.get(id);
    if (index === undefined) {
      index = patterns.push(pattern) - 1;
      patternIndex.set(id, index);
    }
    return index;
  };

  const compileList = (language: string, list: PhraseListName, entries: readonly string[]): CompiledPhrase[] => {
    const seen = new Set<string>();
    const compiled: CompiledPhrase[] = [];
    entries.forEach((phrase, position) => {
      const fail = (reason: string) =>
        new PhraseBookError(`${language}/safeguarding-phrases.json ${list}[${position}] "${phrase}": ${reason}`);
      let words: TokenPattern[];
      try {
        words = phrase.trim().split(/\s+/u).flatMap(parseTokenPattern);
      } catch (error) {
        throw fail(error instanceof Error ? error.message : String(error));
      }
      const length = words.reduce((sum, word) => sum + (word[0]?.chars.length ?? 0), 0);
      if (length < MIN_PHRASE_CHARS) throw fail(`a phrase needs at least ${MIN_PHRASE_CHARS} letters`);
      const id = JSON.stringify(words);
      if (seen.has(id)) return;
      seen.add(id);
      compiled.push({ language, phrase, words: words.map(intern) });
    });
    return compiled;
  };

  const languages = Object.keys(files).sort();
  if (languages.length === 0) throw new PhraseBookError('no safeguarding phrase files were given');

  const danger: DangerPhrase[] = [];
  for (const severity of ['immediate-danger', 'suicide-self-harm', 'child-safety', 'domestic-abuse'] as const) {
    for (const language of languages) {
      const phrases = compileList(language, severity, files[language]![severity]);
      danger.push(...phrases.map((phrase) => ({ ...phrase, severity })));
    }
  }
  const ignore = languages.flatMap((language) => compileList(language, 'ignore', files[language]!.ignore));

  return {
    languages: languages.map((language) => ({ language, review: files[language]!.review })),
    danger,
    ignore,
    patterns,
  };
}

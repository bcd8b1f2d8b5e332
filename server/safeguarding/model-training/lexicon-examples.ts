import { SAFEGUARDING_CATEGORIES, type SafeguardingCategory } from '../../protocol/vocabulary.js';
import type { PhraseFile } from '../phrase-file.js';

export interface TextExample {
  text: string;
  labels: SafeguardingCategory[];
}

/**
 * The lexicons as extra training text: each category phrase is a positive of its category and
 * each harmless idiom a negative. Pattern syntax is read as a family would type the entry: the
 * first spelling of each word, without `*` and `=` marks ("mujhe|mujhy mar* ta|ti" -> "mujhe mar ta").
 */
export function lexiconExamples(files: Readonly<Record<string, PhraseFile>>): TextExample[] {
  const examples: TextExample[] = [];
  for (const language of Object.keys(files).sort()) {
    const file = files[language]!;
    for (const category of SAFEGUARDING_CATEGORIES) {
      for (const entry of file.phrases[category] ?? []) examples.push({ text: plainText(entry), labels: [category] });
    }
    for (const entry of file.harmless) examples.push({ text: plainText(entry), labels: [] });
  }
  return examples.filter((example) => example.text !== '');
}

function plainText(entry: string): string {
  return entry
    .split(/\s+/u)
    .map((word) => word.split('|')[0]!.replace(/[*=]/gu, ''))
    .filter((word) => word !== '')
    .join(' ');
}

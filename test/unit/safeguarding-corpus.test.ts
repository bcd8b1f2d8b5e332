import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SafeguardingSeverity } from '../../server/protocol/vocabulary.js';
import { detectDanger, loadPhraseBook } from '../../server/safeguarding/index.js';

/**
 * The shipped lexicons and rules against the first hand-written corpora (the larger development
 * and held-out corpora are measured by test/unit/safeguarding-eval.test.ts). Every danger sentence
 * must show its card; no harmless sentence may trigger. A failure here means a family could be missed (or
 * alarmed for nothing): fix the phrase list, not the test.
 */
const book = loadPhraseBook();
const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/safeguarding/${name}`, import.meta.url), 'utf8')) as T;
const danger = fixture<{ language: string; severity: SafeguardingSeverity; text: string }[]>('danger-corpus.json');
const harmless = fixture<{ language: string; text: string }[]>('harmless-corpus.json');

describe('shipped phrase lists', () => {
  it('cover the languages Bradford families write in', () => {
    const languages = book.languages.map((entry) => entry.language);
    for (const required of ['en', 'ur', 'ur-Latn', 'pa-Arab', 'pa-Latn', 'bn', 'pl', 'sk', 'ro', 'cs', 'ar', 'ps', 'fa', 'ckb']) {
      expect(languages).toContain(required);
    }
  });

  it('give every language phrases for danger now, suicide and domestic abuse', () => {
    for (const { language } of book.languages) {
      for (const category of ['immediate-danger', 'suicide-self-harm', 'domestic-abuse']) {
        const count = book.entries.filter((entry) => entry.language === language && entry.kind === 'phrase' && entry.owner === category).length;
        expect(count, `${language} ${category}`).toBeGreaterThan(0);
      }
    }
  });

  it('detect every phrase written plainly in its own language, so no phrase is swallowed by an idiom or a negation', () => {
    for (const { language } of book.languages) {
      const file = JSON.parse(readFileSync(new URL(`../../locales/${language}/safeguarding-phrases.json`, import.meta.url), 'utf8')) as {
        phrases: Record<string, string[]>;
      };
      for (const [category, phrases] of Object.entries(file.phrases)) {
        for (const phrase of phrases) {
          const plain = phrase
            .split(/\s+/u)
            .map((word) => word.split('|')[0]!.replace(/^=/u, '').replaceAll('*', ''))
            .join(' ');
          const found = detectDanger(plain, book, { languages: [language] }).map((match) => match.category);
          expect(found, `${language} ${category} "${phrase}"`).toContain(category);
        }
      }
    }
  });
});

describe('danger corpus', () => {
  it('has at least 10 languages with 3 variants each', () => {
    const perLanguage = new Map<string, number>();
    for (const { language } of danger) perLanguage.set(language, (perLanguage.get(language) ?? 0) + 1);
    const wellCovered = [...perLanguage.values()].filter((count) => count >= 3);
    expect(wellCovered.length).toBeGreaterThanOrEqual(10);
  });

  it.each(danger)('[$language] $severity: $text', ({ text, severity, language }) => {
    const found = detectDanger(text, book, { languages: [language] }).map((match) => match.severity);
    expect(found).toContain(severity);
  });
});

describe('harmless corpus', () => {
  it('has at least 60 sentences in several languages', () => {
    expect(harmless.length).toBeGreaterThanOrEqual(60);
    expect(new Set(harmless.map((sample) => sample.language)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(harmless)('[$language] $text', ({ text, language }) => {
    expect(detectDanger(text, book, { languages: [language] })).toEqual([]);
  });
});

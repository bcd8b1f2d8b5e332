import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAFEGUARDING_SEVERITIES, type SafeguardingSeverity } from '../../server/protocol/vocabulary.js';
import { detectDanger, loadPhraseBook } from '../../server/safeguarding/index.js';

/**
 * The shipped phrase lists against real sentences. Every danger sentence must trigger with its
 * severity; no harmless sentence may trigger. A failure here means a family could be missed (or
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

  it('give every language a list for every severity', () => {
    for (const { language } of book.languages) {
      for (const severity of SAFEGUARDING_SEVERITIES) {
        const count = book.danger.filter((phrase) => phrase.language === language && phrase.severity === severity).length;
        expect(count, `${language} ${severity}`).toBeGreaterThan(0);
      }
    }
  });

  it('detect every entry written plainly, so no entry is swallowed by a harmless idiom', () => {
    for (const entry of book.danger) {
      const plain = entry.phrase
        .split(/\s+/u)
        .map((word) => word.split('|')[0]!.replace(/^=/u, '').replaceAll('*', ''))
        .join(' ');
      const found = detectDanger(plain, book).some((match) => match.phrase === entry.phrase && match.language === entry.language);
      expect(found, `${entry.language} ${entry.severity} "${entry.phrase}"`).toBe(true);
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

  it.each(danger)('[$language] $severity: $text', ({ text, severity }) => {
    const found = detectDanger(text, book).map((match) => match.severity);
    expect(found).toContain(severity);
  });
});

describe('harmless corpus', () => {
  it('has at least 60 sentences in several languages', () => {
    expect(harmless.length).toBeGreaterThanOrEqual(60);
    expect(new Set(harmless.map((sample) => sample.language)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(harmless)('[$language] $text', ({ text }) => {
    expect(detectDanger(text, book)).toEqual([]);
  });

  // Deliberate: these words stay in the lists because missing the real meaning costs more.
  it.each([
    ['he was stabbing at his peas with a fork', 'immediate-danger'],
    ['main khud khushi se aayi hoon', 'suicide-self-harm'],
  ] as const)('accepts a false alarm on "%s" to keep recall', (text, severity) => {
    expect(detectDanger(text, book).map((match) => match.severity)).toContain(severity);
  });
});

describe('speed', () => {
  it('checks a long message against every language in a few milliseconds', () => {
    const message =
      'Hello, I would like some help with school uniform for my two children who are 5 and 7. We live in BD7 and money is tight because my partner lost his job, and the landlord wants the rent.';
    detectDanger(message, book);
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) detectDanger(message, book);
    expect((performance.now() - start) / runs).toBeLessThan(50);
  });
});

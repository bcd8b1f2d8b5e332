import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compilePhraseBook, loadPhraseBook, parsePhraseFile, PhraseBookError } from '../../server/safeguarding/index.js';

/** Errors must tell a safeguarding lead (not a developer) which file and which entry to fix. */
describe('parsePhraseFile', () => {
  it('accepts a minimal file and defaults missing lists to empty', () => {
    expect(parsePhraseFile('pl', { review: 'draft' })).toMatchObject({ 'child-safety': [], ignore: [] });
  });

  it('rejects a misspelt list name instead of silently skipping its phrases', () => {
    expect(() => parsePhraseFile('pl', { review: 'draft', child_safety: ['bije dziecko'] })).toThrow(
      /pl\/safeguarding-phrases\.json is not a valid safeguarding phrase file: .*child_safety/,
    );
  });

  it('names the list and position of a bad entry', () => {
    expect(() => parsePhraseFile('en', { review: 'draft', 'domestic-abuse': ['hit me', 42] })).toThrow(/domestic-abuse\.1/);
    expect(() => parsePhraseFile('en', { review: 'draft', 'domestic-abuse': ['  '] })).toThrow(/a phrase cannot be empty/);
  });

  it('requires a review status', () => {
    expect(() => parsePhraseFile('en', { 'domestic-abuse': [] })).toThrow(/review/);
    expect(() => parsePhraseFile('en', { review: 'checked' })).toThrow(/review/);
  });

  it('rejects a folder name that is not a language tag', () => {
    expect(() => parsePhraseFile('Polish', { review: 'draft' })).toThrow(/not a language tag/);
  });
});

describe('compilePhraseBook', () => {
  const compileOne = (phrase: string) =>
    compilePhraseBook({ en: parsePhraseFile('en', { review: 'draft', 'domestic-abuse': [phrase] }) });

  it.each([
    ['kill**', /"\*" may only start or end a word/],
    ['ki*ll', /"\*" may only start or end a word/],
    ['hit||punch me', /empty spelling/],
    ['self-harm|cutting myself', /single word/],
    ['*', /empty spelling/],
    ['a', /at least 2 letters/],
  ])('explains what is wrong with "%s"', (phrase, reason) => {
    expect(() => compileOne(phrase)).toThrow(PhraseBookError);
    expect(() => compileOne(phrase)).toThrow(reason);
    expect(() => compileOne(phrase)).toThrow(`en/safeguarding-phrases.json domestic-abuse[0] "${phrase}"`);
  });

  it('refuses to build an empty phrase book', () => {
    expect(() => compilePhraseBook({})).toThrow(/no safeguarding phrase files/);
  });
});

describe('loadPhraseBook', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function localesWith(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'safeguarding-'));
    for (const [language, content] of Object.entries(files)) {
      mkdirSync(join(dir, language));
      writeFileSync(join(dir, language, 'safeguarding-phrases.json'), content);
    }
    mkdirSync(join(dir, 'de'));
    return dir;
  }

  it('loads every language folder that has a phrase file', () => {
    const book = loadPhraseBook(
      localesWith({
        en: JSON.stringify({ review: 'reviewed', 'domestic-abuse': ['hit* me'] }),
        pl: JSON.stringify({ review: 'draft', 'domestic-abuse': ['bije mnie'] }),
      }),
    );
    expect(book.languages).toEqual([
      { language: 'en', review: 'reviewed' },
      { language: 'pl', review: 'draft' },
    ]);
  });

  it('names the file when the JSON is broken', () => {
    const locales = localesWith({ en: '{"review": "draft",' });
    expect(() => loadPhraseBook(locales)).toThrow(PhraseBookError);
    expect(() => loadPhraseBook(locales)).toThrow(/en[/\\]safeguarding-phrases\.json is not valid JSON/);
  });

  it('names the file when the content is wrong', () => {
    const locales = localesWith({ en: JSON.stringify({ review: 'draft' }), ro: JSON.stringify({ review: 'draft', ignore: 'ma omoara rasul' }) });
    expect(() => loadPhraseBook(locales)).toThrow(/ro[/\\]safeguarding-phrases\.json is not a valid safeguarding phrase file: ignore/);
  });

  it('insists on the English list', () => {
    const locales = localesWith({ pl: JSON.stringify({ review: 'draft', 'domestic-abuse': ['bije mnie'] }) });
    expect(() => loadPhraseBook(locales)).toThrow(/en[/\\]safeguarding-phrases\.json is missing/);
  });
});

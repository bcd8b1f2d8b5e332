import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  compilePhraseBook,
  loadPhraseBook,
  loadSafeguardingConfig,
  parsePhraseFile,
  parseRuleFile,
  PhraseBookError,
} from '../../server/safeguarding/index.js';

const config = loadSafeguardingConfig();
const RULES_URL = new URL('../../config/safeguarding-rules.json', import.meta.url);

/** Errors must tell a safeguarding lead (not a developer) which file and which entry to fix. */
describe('parsePhraseFile', () => {
  it('accepts a minimal file and defaults missing lists to empty', () => {
    expect(parsePhraseFile('pl', { review: 'draft' })).toMatchObject({ concepts: {}, phrases: {}, harmless: [] });
  });

  it('rejects a misspelt key or category instead of silently skipping its phrases', () => {
    expect(() => parsePhraseFile('pl', { review: 'draft', phrase: { neglect: ['zostawia dzieci'] } })).toThrow(
      /pl\/safeguarding-phrases\.json is not a valid safeguarding phrase file: .*phrase/,
    );
    expect(() => parsePhraseFile('pl', { review: 'draft', phrases: { 'child-safety': ['bije dziecko'] } })).toThrow(/phrases/);
    expect(() => parsePhraseFile('pl', { review: 'draft', concepts: { Child: ['dziecko'] } })).toThrow(/concepts\.Child/);
  });

  it('names the list and position of a bad entry', () => {
    expect(() => parsePhraseFile('en', { review: 'draft', phrases: { 'domestic-abuse': ['hit me', 42] } })).toThrow(/phrases\.domestic-abuse\.1/);
    expect(() => parsePhraseFile('en', { review: 'draft', harmless: ['  '] })).toThrow(/harmless\.0: a phrase cannot be empty/);
  });

  it('requires a review status', () => {
    expect(() => parsePhraseFile('en', { phrases: {} })).toThrow(/review/);
    expect(() => parsePhraseFile('en', { review: 'checked' })).toThrow(/review/);
  });

  it('rejects a folder name that is not a language tag', () => {
    expect(() => parsePhraseFile('Polish', { review: 'draft' })).toThrow(/not a language tag/);
  });
});

describe('compilePhraseBook', () => {
  const rules = parseRuleFile(JSON.parse(readFileSync(RULES_URL, 'utf8')));
  const compileOne = (phrase: string) =>
    compilePhraseBook({ en: parsePhraseFile('en', { review: 'draft', phrases: { 'domestic-abuse': [phrase] } }) }, rules, config.categories);

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
    expect(() => compileOne(phrase)).toThrow(`en/safeguarding-phrases.json phrases.domestic-abuse[0] "${phrase}"`);
  });

  it('refuses a concept no rule uses, naming it', () => {
    const file = parsePhraseFile('en', { review: 'draft', concepts: { chlid: ['child'] } });
    expect(() => compilePhraseBook({ en: file }, rules, config.categories)).toThrow(/en\/safeguarding-phrases\.json concepts\.chlid: no rule uses this concept/);
  });

  it('refuses to build an empty phrase book', () => {
    expect(() => compilePhraseBook({}, rules, config.categories)).toThrow(/no safeguarding phrase files/);
  });
});

describe('parseRuleFile', () => {
  const valid = JSON.parse(readFileSync(RULES_URL, 'utf8')) as { rules: Record<string, unknown>[]; categoryLabels: Record<string, string> };

  it('accepts the shipped rules', () => {
    expect(parseRuleFile(valid).rules.length).toBeGreaterThan(20);
  });

  it('names what is wrong with a rule', () => {
    const rule = { id: 'x', category: 'neglect', label: 'a test rule', all: ['child'] };
    expect(() => parseRuleFile({ ...valid, rules: [{ ...rule, category: 'child-safety' }] })).toThrow(/rules\.0\.category/);
    expect(() => parseRuleFile({ ...valid, rules: [{ ...rule, all: [] }] })).toThrow(/rules\.0\.all/);
    expect(() => parseRuleFile({ ...valid, rules: [{ ...rule, all: ['Child Age'] }] })).toThrow(/rules\.0\.all\.0/);
    expect(() => parseRuleFile({ ...valid, rules: [rule, rule] })).toThrow(/rule id "x" is used twice/);
  });

  it('needs a plain-English label for every category', () => {
    const { fgm: _dropped, ...categoryLabels } = valid.categoryLabels;
    expect(() => parseRuleFile({ ...valid, categoryLabels })).toThrow(/categoryLabels\.fgm/);
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
        en: JSON.stringify({ review: 'reviewed', phrases: { 'domestic-abuse': ['hit* me'] } }),
        pl: JSON.stringify({ review: 'draft', phrases: { 'domestic-abuse': ['bije mnie'] } }),
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
    const locales = localesWith({ en: JSON.stringify({ review: 'draft' }), ro: JSON.stringify({ review: 'draft', harmless: 'ma omoara rasul' }) });
    expect(() => loadPhraseBook(locales)).toThrow(/ro[/\\]safeguarding-phrases\.json is not a valid safeguarding phrase file: harmless/);
  });

  it('insists on the English list', () => {
    const locales = localesWith({ pl: JSON.stringify({ review: 'draft', phrases: { 'domestic-abuse': ['bije mnie'] } }) });
    expect(() => loadPhraseBook(locales)).toThrow(/en[/\\]safeguarding-phrases\.json is missing/);
  });
});

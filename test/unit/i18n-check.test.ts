import { beforeAll, describe, expect, it } from 'vitest';
import { runI18n, type CliResult } from '../fixtures/i18n/run-i18n.js';

const root = 'test/fixtures/i18n/check/locales';

describe('npm run i18n -- check', () => {
  let result: CliResult;
  beforeAll(() => {
    result = runI18n(['check', '--locales', root]);
  });

  // Each fixture language carries exactly one kind of fault.
  it.each([
    ['nl', 'common.json: farewell: extra key not in English (remove it, or have it added to English first)'],
    ['sv', 'common.json: brand: empty value (delete the key instead, to fall back to English)'],
    ['da', 'common.json: greeting: placeholder mismatch: missing {{name}}; unexpected {{navn}}'],
    ['fi', 'common.json: help: nesting mismatch: missing $t(common:brand)'],
    ['nb', 'common.json: privacy: markup mismatch: missing <b> </b>; unexpected <strong> </strong>'],
    ['pl', 'common.json: children_many: missing plural form "many" (pl needs one, few, many, other)'],
    ['ja', 'common.json: children_one: plural form "one" is not used in ja (ja uses other)'],
    ['el', 'common.json: brand: value must be text (a string), found a number (5)'],
    ['hu', 'common.meta.json: farewell: meta entry for a key that is not in common.json'],
    ['bg', 'common.meta.json: greeting: bad review value "approved" (must be "draft" or "reviewed")'],
  ])('reports the fault in %s', (lang, problem) => {
    expect(result.lines).toContain(`${root}/${lang}/${problem}`);
  });

  it('reports invalid JSON with the parser message', () => {
    expect(result.lines.some((line) => line.startsWith(`${root}/tr/common.json: invalid JSON: `))).toBe(true);
  });

  it('reports one error per faulty language and none for the clean ones', () => {
    const errors = result.lines.filter((line) => line.startsWith(`${root}/`));
    const langs = errors.map((line) => line.slice(root.length + 1).split('/')[0]);
    expect(langs).toEqual(['bg', 'da', 'el', 'fi', 'hu', 'ja', 'nb', 'nl', 'pl', 'sv', 'tr']);
  });

  it('exits 1 with a summary', () => {
    expect(result.code).toBe(1);
    expect(result.lines.at(-1)).toMatch(/^check FAILED: 11 errors, 2 warnings in 14 languages/);
  });

  it('counts missing keys as a warning, not an error', () => {
    expect(result.lines).toContain(`warning: ${root}/et: 2 of 6 keys missing (shown in English until translated)`);
    const only = runI18n(['check', '--locales', root, '--lang', 'et']);
    expect(only.code).toBe(0);
  });

  it('passes a clean language on its own', () => {
    const clean = runI18n(['check', '--locales', root, '--lang', 'de']);
    expect(clean.code).toBe(0);
    expect(clean.lines).toEqual(['check OK: 0 errors, 0 warnings in 2 languages (en, de)']);
  });

  it('passes the clean fixture, ignoring safeguarding-phrases.json', () => {
    const clean = runI18n(['check', '--locales', 'test/fixtures/i18n/clean/locales']);
    expect(clean.code).toBe(0);
    expect(clean.lines.at(-1)).toBe('check OK: 0 errors, 2 warnings in 3 languages (en, ar, pl)');
  });

  it('answers a wrong command line with usage and exit 2', () => {
    expect(runI18n(['check', '--locales', root, '--lang', 'xx']).code).toBe(2);
    expect(runI18n(['frobnicate']).code).toBe(2);
  });
});

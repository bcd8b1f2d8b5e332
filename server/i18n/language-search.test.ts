import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listLanguages } from './language-registry.js';
import { foldForSearch, matchLanguageTag, searchLanguages, type Language } from './language-search.js';

const all = listLanguages();
const codes = (languages: readonly Language[]) => languages.map((l) => l.code);
const search = (query: string, preferred: readonly string[] = []) => codes(searchLanguages(all, query, preferred));

describe('searchLanguages', () => {
  it('finds a language by its own name', () => {
    expect(search('Polski')[0]).toBe('pl');
    expect(search('اردو')[0]).toBe('ur');
    expect(search('ਪੰਜਾਬੀ')).toEqual(['pa-Guru']);
    expect(search('中文')).toEqual(['zh-Hans', 'zh-Hant']);
  });

  it('finds a language by its English name, ignoring case', () => {
    expect(search('urdu')).toEqual(['ur']);
    expect(search('PUNJABI')).toEqual(['pa-Guru', 'pa-Arab']);
    expect(search('mirpuri')).toEqual(['phr']);
    expect(search('sorani')).toEqual(['ckb']);
  });

  it('ignores accents, vowel marks and keyboard letter variants', () => {
    expect(search('cestina')).toEqual(['cs']);
    expect(search('ČEŠTINA')).toEqual(['cs']);
    expect(search('slovencina')[0]).toBe('sk');
    expect(search('ozbekcha')).toEqual(['uz']);
    expect(search('azerbaycan')).toEqual(['az']);
    // Typed on an Arabic keyboard: Arabic yeh rather than Persian yeh.
    expect(search('فارسي')).toEqual(['fa']);
    expect(search('کاشر')).toEqual([]);
    expect(foldForSearch('  Norsk   BOKMÅL ')).toBe('norsk bokmal');
  });

  it('ranks names starting with the query before words starting with it, before the rest', () => {
    const fixture: Language[] = [
      { code: 'xa', endonym: 'Xroman', english: 'Aroman', dir: 'ltr', fallback: [] },
      { code: 'xb', endonym: 'Xb', english: 'Old Roman', dir: 'ltr', fallback: [] },
      { code: 'xc', endonym: 'Xc', english: 'Romani', dir: 'ltr', fallback: [] },
      { code: 'xd', endonym: 'Xd', english: 'Romansh', dir: 'ltr', fallback: [] },
    ];
    expect(codes(searchLanguages(fixture, 'roman', []))).toEqual(['xc', 'xd', 'xb', 'xa']);
    expect(codes(searchLanguages(fixture, 'roman', ['xd']))).toEqual(['xd', 'xc', 'xb', 'xa']);
    expect(codes(searchLanguages(fixture, 'zzz', []))).toEqual([]);
  });

  it('lists the browser languages first for an empty query, then the rest by English name', () => {
    const result = search('  ', ['pl-PL', 'pa', 'en-GB', 'pl']);
    expect(result.slice(0, 4)).toEqual(['pl', 'pa-Arab', 'pa-Guru', 'en']);
    expect(result).toHaveLength(all.length);
    const rest = result.slice(4).map((code) => all.find((l) => l.code === code)?.english ?? '');
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('keeps the module free of imports, since the widget bundles it', () => {
    const source = readFileSync(new URL('./language-search.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
  });
});

describe('matchLanguageTag', () => {
  const match = (tag: string) => codes(matchLanguageTag(all, tag));

  it('prefers the exact entry, then aliases Intl knows, then the same language', () => {
    expect(match('pa-Arab')).toEqual(['pa-Arab']);
    expect(match('fa-AF')).toEqual(['prs']);
    expect(match('sgn-GB')).toEqual(['bfi']);
    expect(match('fil')).toEqual(['tl']);
    expect(match('iw')).toEqual(['he']);
    expect(match('ku')).toEqual(['kmr', 'ckb']);
    expect(match('de-AT')).toEqual(['de']);
  });

  it('orders a language written in several scripts by the script the tag implies', () => {
    expect(match('pa')).toEqual(['pa-Arab', 'pa-Guru']);
    expect(match('pa-IN')).toEqual(['pa-Guru', 'pa-Arab']);
    expect(match('zh-HK')[0]).toBe('zh-Hant');
    expect(match('sr-Latn-RS')[0]).toBe('sr-Latn');
  });

  it('matches nothing for an unknown or malformed tag', () => {
    expect(match('xx')).toEqual([]);
    expect(match('*')).toEqual([]);
  });
});

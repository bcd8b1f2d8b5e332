import { describe, expect, it } from 'vitest';
import {
  directionOf,
  fallbackChain,
  getLanguage,
  listLanguages,
  parseLanguages,
  RTL_SCRIPTS,
} from './language-registry.js';

const MUST = `en ur pa-Arab pa-Guru phr bn syl pl sk ro cs ar ps fa prs ckb kmr rom hi gu so ti am tr hu
  lt lv uk ru pt es fr it de zh-Hans zh-Hant yue sq hr sr bs bg el ta te ml kn mr ne si th vi tl ms id
  yo ig ha sw sn zu ln wo ff om mfe bo skr hno bfi`.split(/\s+/);

const RIGHT_TO_LEFT = ['ar', 'ur', 'ps', 'fa', 'prs', 'ckb', 'pa-Arab', 'phr', 'skr', 'hno', 'sd', 'ks', 'he', 'yi', 'dv'];
const LEFT_TO_RIGHT = ['en', 'syl', 'bn', 'pa-Guru', 'kmr', 'rom', 'pl', 'zh-Hant', 'ti', 'bfi'];

/** Unicode script property for an ISO 15924 code where the two differ. */
const UNICODE_SCRIPT: Record<string, string> = { Hans: 'Han', Hant: 'Han', Jpan: 'Han', Kore: 'Hangul' };
/** Entries deliberately not in the script Intl expects, and why. */
const OTHER_SCRIPT: Record<string, string> = {
  rhg: 'Rohingya is listed in its Latin spelling; few families read Hanifi script',
  kfr: 'Intl assumes Devanagari, but Kutchi families write Gujarati script',
};

describe('language registry', () => {
  const languages = listLanguages();

  it('lists at least 160 languages, every one the brief requires among them', () => {
    expect(languages.length).toBeGreaterThanOrEqual(160);
    const codes = new Set(languages.map((l) => l.code));
    expect(MUST.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('gives right-to-left scripts rtl and the rest ltr', () => {
    for (const code of RIGHT_TO_LEFT) expect([code, getLanguage(code)?.dir]).toEqual([code, 'rtl']);
    for (const code of LEFT_TO_RIGHT) expect([code, getLanguage(code)?.dir]).toEqual([code, 'ltr']);
  });

  it('agrees with the script Intl expects for each language, in direction and endonym', () => {
    for (const language of languages) {
      if (language.code in OTHER_SCRIPT) continue;
      const script = new Intl.Locale(language.code).maximize().script;
      if (script === undefined) continue;
      const expectedDir = RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
      expect([language.code, language.dir]).toEqual([language.code, expectedDir]);
      const inScript = new RegExp(`\\p{Script=${UNICODE_SCRIPT[script] ?? script}}`, 'u');
      expect([language.code, inScript.test(language.endonym)]).toEqual([language.code, true]);
    }
  });

  it('finds entries ignoring case', () => {
    expect(getLanguage('PA-arab')?.english).toBe('Punjabi (Shahmukhi)');
    expect(getLanguage('xx')).toBeUndefined();
  });
});

describe('fallbackChain', () => {
  it('follows readers, not speakers, and always ends in English', () => {
    expect(fallbackChain('prs')).toEqual(['prs', 'fa', 'en']);
    expect(fallbackChain('syl')).toEqual(['syl', 'bn', 'en']);
    expect(fallbackChain('skr')).toEqual(['skr', 'pa-Arab', 'ur', 'en']);
    expect(fallbackChain('phr')).toEqual(['phr', 'ur', 'pa-Arab', 'en']);
    expect(fallbackChain('ckb')).toEqual(['ckb', 'en']);
    expect(fallbackChain('pa-Guru')).toEqual(['pa-Guru', 'en']);
    expect(fallbackChain('en')).toEqual(['en']);
  });

  it('resolves unlisted codes to the nearest language, else English alone', () => {
    expect(fallbackChain('de-AT')).toEqual(['de', 'en']);
    expect(fallbackChain('fa-AF')).toEqual(['prs', 'fa', 'en']);
    expect(fallbackChain('pa-PK')).toEqual(['pa-Arab', 'en']);
    expect(fallbackChain('zh-TW')).toEqual(['zh-Hant', 'zh-Hans', 'en']);
    expect(fallbackChain('xx')).toEqual(['en']);
    expect(fallbackChain('not a tag')).toEqual(['en']);
  });

  it('never repeats a language', () => {
    for (const { code } of listLanguages()) {
      const chain = fallbackChain(code);
      expect(new Set(chain).size).toBe(chain.length);
    }
  });
});

describe('directionOf', () => {
  it('uses the registry, then the nearest language, then the likely script', () => {
    expect(directionOf('ur')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('arz')).toBe('rtl');
    expect(directionOf('pl')).toBe('ltr');
    expect(directionOf('xx')).toBe('ltr');
  });
});

describe('parseLanguages', () => {
  const en = { code: 'en', endonym: 'English', english: 'English', dir: 'ltr', fallback: [] };
  const fa = { code: 'fa', endonym: 'فارسی', english: 'Persian', dir: 'rtl', fallback: [] };

  it('accepts a consistent list', () => {
    expect(parseLanguages([en, fa, { ...fa, code: 'prs', fallback: ['fa'] }])).toHaveLength(3);
  });

  it.each([
    ['a duplicate code', [en, fa, fa]],
    ['an unknown fallback', [en, { ...fa, fallback: ['tg'] }]],
    ['English as a fallback', [en, { ...fa, fallback: ['en'] }]],
    ['itself as a fallback', [en, { ...fa, fallback: ['fa'] }]],
    ['a tag i18next would rewrite', [en, { ...en, code: 'sgn-GB' }]],
    ['no English', [fa]],
    ['an unknown field', [en, { ...fa, direction: 'rtl' }]],
  ])('rejects %s', (_, data) => {
    expect(() => parseLanguages(data)).toThrow();
  });
});

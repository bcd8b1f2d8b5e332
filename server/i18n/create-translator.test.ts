import { describe, expect, it } from 'vitest';
import { createTranslator } from './create-translator.js';
import type { Resources } from './load-locales.js';

const resources: Resources = {
  en: {
    common: { hello: 'Hello {{name}}', onlyEnglish: 'Only in English', files_one: '{{count}} file', files_other: '{{count}} files' },
    flows: { welcome: 'Welcome' },
  },
  pl: {
    common: {
      hello: 'Cześć {{name}}',
      onlyEnglish: '',
      files_one: '{{count}} plik',
      files_few: '{{count}} pliki',
      files_many: '{{count}} plików',
      files_other: '{{count}} pliku',
    },
  },
  fa: { common: { hello: 'سلام {{name}}' }, flows: { welcome: 'خوش آمدید' } },
  prs: { common: { hello: 'سلام {{name}} جان' } },
  // A bare "pa" folder must never reach a Gurmukhi reader: it could be either script.
  pa: { flows: { welcome: 'ਜੀ ਆਇਆਂ ਨੂੰ' } },
};

describe('createTranslator', () => {
  it('translates namespaced keys with interpolation, unescaped because output is text', () => {
    const t = createTranslator(resources, 'pl').t;
    expect(t('common:hello', { name: '<Ola & Jan>' })).toBe('Cześć <Ola & Jan>');
  });

  it('uses Polish plural forms', () => {
    const t = createTranslator(resources, 'pl').t;
    expect([1, 2, 5, 22, 1.5].map((count) => t('common:files', { count }))).toEqual([
      '1 plik',
      '2 pliki',
      '5 plików',
      '22 pliki',
      '1.5 pliku',
    ]);
  });

  it('falls back along the readers chain, then to English', () => {
    const dari = createTranslator(resources, 'prs');
    expect(dari.fallbackChain).toEqual(['prs', 'fa', 'en']);
    expect(dari.t('common:hello', { name: 'Ali' })).toBe('سلام Ali جان');
    expect(dari.t('flows:welcome')).toBe('خوش آمدید');
    expect(dari.t('common:files', { count: 3 })).toBe('3 files');
  });

  it('treats an empty string as untranslated', () => {
    expect(createTranslator(resources, 'pl').t('common:onlyEnglish')).toBe('Only in English');
  });

  it('follows only the registry chain, never a bare language folder', () => {
    expect(createTranslator(resources, 'pa-Guru').t('flows:welcome')).toBe('Welcome');
  });

  it('resolves unlisted codes to the nearest language', () => {
    const translator = createTranslator(resources, 'pl-PL');
    expect(translator.language).toBe('pl');
    expect(translator.t('common:hello', { name: 'Ola' })).toBe('Cześć Ola');
    expect(createTranslator(resources, 'xx').language).toBe('en');
  });

  it('builds one translator per language and resources', () => {
    expect(createTranslator(resources, 'pl')).toBe(createTranslator(resources, 'PL'));
    expect(createTranslator(resources, 'pl')).not.toBe(createTranslator({ ...resources }, 'pl'));
  });
});

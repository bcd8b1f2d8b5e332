import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasTranslation, loadLocales, localeCoverage, translatedLanguages, type Resources } from './load-locales.js';
import { UI_NAMESPACES } from './namespaces.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function localesWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'locales-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('loadLocales', () => {
  it('reads namespace files only, skipping missing ones, meta files and safeguarding phrases', () => {
    const resources = loadLocales(
      localesWith({
        'en/common.json': '{"hello":"Hello","nested":{"bye":"Bye"}}',
        'en/widget.json': '\uFEFF{"open":"Open chat"}',
        'en/safeguarding-phrases.json': '{"phrases":["not display text"]}',
        'pl/common.json': '{"hello":"Cześć"}',
        'pl/common.meta.json': '{"hello":{"hash":"abc"}}',
        'notes.txt/README.md': 'not a language',
      }),
    );
    expect(resources).toEqual({
      en: { common: { hello: 'Hello', nested: { bye: 'Bye' } }, widget: { open: 'Open chat' } },
      pl: { common: { hello: 'Cześć' } },
    });
  });

  it('stops on a malformed file and names it', () => {
    expect(() => loadLocales(localesWith({ 'pl/flows.json': '{"a": ' }))).toThrow(/pl[/\\]flows\.json: invalid JSON/);
    expect(() => loadLocales(localesWith({ 'pl/flows.json': '{"a": 3}' }))).toThrow(/pl[/\\]flows\.json/);
  });
});

describe('localeCoverage', () => {
  const english: Resources['en'] = {
    common: { hello: 'Hello', menu: { open: 'Open', close: 'Close' }, children_one: '1 child', children_other: '{{count}} children' },
    widget: { title: 'Chat' },
  };

  it('counts a plural once, needing every category of the language', () => {
    const coverage = localeCoverage({
      en: english,
      pl: {
        common: {
          hello: 'Cześć',
          menu: { open: 'Otwórz', close: '' },
          children_one: '1 dziecko',
          children_few: '{{count}} dzieci',
          children_many: '{{count}} dzieci',
          children_other: '{{count}} dziecka',
        },
      },
      cs: { common: { hello: 'Ahoj', children_one: '1 dítě', children_other: '{{count}} dětí' } },
    });
    expect(coverage.en).toEqual({ common: 100, widget: 100 });
    // Four families (hello, menu.open, menu.close, children); the empty close is untranslated.
    expect(coverage.pl).toEqual({ common: 75, widget: 0 });
    // Czech also needs few and many, so its plural is incomplete.
    expect(coverage.cs).toEqual({ common: 25, widget: 0 });
  });

  it('uses ordinal rules for ordinal plurals', () => {
    const place = { place_ordinal_one: '{{count}}st', place_ordinal_two: '{{count}}nd', place_ordinal_few: '{{count}}rd', place_ordinal_other: '{{count}}th' };
    // Polish ordinals have a single form.
    expect(localeCoverage({ en: { common: place }, pl: { common: { place_ordinal_other: '{{count}}.' } } }).pl).toEqual({ common: 100 });
  });

  it('rounds down, so 100 only ever means complete', () => {
    const keys = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, 'text']));
    const almost = { ...keys, k0: '' };
    expect(localeCoverage({ en: { common: keys }, de: { common: almost } }).de).toEqual({ common: 99 });
  });
});

describe('translated languages', () => {
  const every = Object.fromEntries(UI_NAMESPACES.filter((ns) => ns !== 'console').map((ns) => [ns, { a: 'x' }]));
  const resources: Resources = { en: { common: { a: 'x' } }, pl: every, ro: { common: { a: 'x' } } };

  it('counts a language once every namespace families see has a file', () => {
    expect(hasTranslation(resources, 'pl')).toBe(true);
    expect(hasTranslation(resources, 'ro')).toBe(false);
    expect(hasTranslation(resources, 'en')).toBe(true);
    expect(translatedLanguages(resources)).toEqual(['en', 'pl']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkLocales,
  expectedKeys,
  findTokenMismatches,
  formatProblem,
  loadLocales,
  type LocaleSnapshot,
} from '../../server/i18n/toolkit/index.js';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Problems as the CLI prints them, for a snapshot written as a literal. */
function check(snapshot: LocaleSnapshot, lang?: string): { errors: string[]; warnings: string[] } {
  const report = checkLocales(loadLocales(snapshot), { lang });
  return {
    errors: report.errors.map((problem) => formatProblem('locales', problem)),
    warnings: report.warnings.map((problem) => formatProblem('locales', problem)),
  };
}

describe('placeholders, nesting and markup', () => {
  it('treats unescaped {{- name}} as a different placeholder from {{name}}', () => {
    expect(findTokenMismatches('Hi {{- name}}', 'Cześć {{name}}', false)).toEqual([
      'placeholder mismatch: missing {{- name}}; unexpected {{name}}',
    ]);
  });

  it('normalises spacing and keeps formats', () => {
    expect(findTokenMismatches('On {{date, datetime}}', 'Le {{ date,datetime }}', false)).toEqual([]);
    expect(findTokenMismatches('On {{date, datetime}}', 'Le {{date}}', false)).toHaveLength(1);
  });

  it('lets a plural form drop or add {{count}} but nothing else', () => {
    expect(findTokenMismatches('{{count}} children', 'طفلان', true)).toEqual([]);
    expect(findTokenMismatches('{{count}} children', 'طفلان', false)).toHaveLength(1);
    expect(findTokenMismatches('{{count}} children of {{name}}', 'طفلان', true)).toEqual([
      'placeholder mismatch: missing {{name}}',
    ]);
  });

  it('compares tags as a multiset and ignores their attributes', () => {
    expect(findTokenMismatches('<a href="/x">here</a> <br/>', '<A href="/pl/x">tutaj</A><br />', false)).toEqual([]);
    expect(findTokenMismatches('<b>a</b> <b>b</b>', '<b>a</b> b', false)).toEqual([
      'markup mismatch: missing <b> </b>',
    ]);
    expect(findTokenMismatches('age < 5 and x>y', 'wiek < 5 i x>y', false)).toEqual([]);
  });
});

describe('expected keys', () => {
  const english = new Map([
    ['title', 'Title'],
    ['items_zero', 'No items'],
    ['items_one', 'One item'],
    ['items_other', '{{count}} items'],
    ['place_ordinal_one', '{{count}}st'],
    ['place_ordinal_two', '{{count}}nd'],
    ['place_ordinal_few', '{{count}}rd'],
    ['place_ordinal_other', '{{count}}th'],
  ]);

  it('expands a family into the forms each language uses, sources from English one/other', () => {
    const pl = expectedKeys(english, 'pl').map(({ key, source, optional }) => [key, source, optional]);
    expect(pl).toEqual([
      ['title', 'Title', false],
      ['items_zero', 'No items', true],
      ['items_one', 'One item', false],
      ['items_few', '{{count}} items', false],
      ['items_many', '{{count}} items', false],
      ['items_other', '{{count}} items', false],
      ['place_ordinal_other', '{{count}}th', false],
    ]);
  });

  it('requires zero where the grammar has it', () => {
    const lv = expectedKeys(english, 'lv').filter((key) => key.key.startsWith('items'));
    expect(lv.map((key) => [key.key, key.optional])).toEqual([
      ['items_zero', false],
      ['items_one', false],
      ['items_other', false],
    ]);
  });
});

describe('check on literal snapshots', () => {
  it('checks English plurals against English grammar', () => {
    const { errors } = check({ en: { 'common.json': json({ items_other: '{{count}} items' }) } });
    expect(errors).toEqual(['locales/en/common.json: items_one: missing plural form "one" (en needs one, other)']);
  });

  it('flags a translation of a namespace English does not have, and warns about stray files', () => {
    const { errors, warnings } = check({
      en: { 'common.json': json({ a: 'A' }) },
      cy: { 'widget.json': json({ a: 'A' }), 'comon.json': json({ a: 'A' }), 'safeguarding-phrases.json': '[]' },
    });
    expect(errors).toEqual(['locales/cy/widget.json: there is no English widget.json to translate from']);
    expect(warnings[0]).toBe(
      'locales/cy/comon.json: ignored: not a namespace file (namespaces: common, widget, flows, resources, safeguarding, consent, quick-replies, console)',
    );
  });

  it('refuses a directory name that is not a language tag', () => {
    const { errors } = check({ en: {}, 'not a language': { 'common.json': '{}' } });
    expect(errors).toEqual([
      'locales/not a language: not a valid language code (BCP 47), e.g. "pl", "pa-Arab" or "pt-BR"',
    ]);
  });

  it('reports a key name containing a dot, which i18next could never look up', () => {
    const { errors } = check({ en: { 'common.json': json({ 'a.b': { c: 'x' } }) } });
    expect(errors).toEqual(['locales/en/common.json: a.b: key names must not be empty or contain "."']);
  });
});

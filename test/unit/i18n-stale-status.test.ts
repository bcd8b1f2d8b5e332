import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StatusReport } from '../../server/i18n/toolkit/index.js';
import { copyFixture, runI18n } from '../fixtures/i18n/run-i18n.js';

/** Rewrites one English text in a scratch copy, as an editor changing the source would. */
function editEnglish(locales: string, file: string, edit: (resource: Record<string, any>) => void): void {
  const target = path.join(locales, 'en', file);
  const resource = JSON.parse(readFileSync(target, 'utf8'));
  edit(resource);
  writeFileSync(target, `${JSON.stringify(resource, null, 2)}\n`);
}

function status(locales: string): StatusReport {
  return JSON.parse(runI18n(['status', '--locales', locales, '--format', 'json']).stdout);
}

describe('npm run i18n -- status', () => {
  it('counts translated, reviewed, stale and missing keys per language', () => {
    const report = status('test/fixtures/i18n/clean/locales');
    const totals = report.languages.map(({ lang, total }) => ({ lang, ...total }));
    expect(totals).toEqual([
      { lang: 'ar', keys: 23, translated: 11, reviewed: 2, stale: 0, missing: 12, translatedPercent: 47, reviewedPercent: 8 },
      { lang: 'pl', keys: 19, translated: 18, reviewed: 6, stale: 0, missing: 1, translatedPercent: 94, reviewedPercent: 31 },
    ]);
    const arabicWidget = report.languages[0]?.namespaces.find((row) => row.ns === 'widget');
    // Arabic needs all six plural forms of `messages`, plus open, close and typing.
    expect(arabicWidget).toMatchObject({ keys: 9, translated: 0, missing: 9 });
  });

  it('renders a Markdown table', () => {
    const markdown = runI18n(['status', '--locales', 'test/fixtures/i18n/clean/locales']).stdout;
    expect(markdown).toContain('| Polish (pl) | 19 | 94% | 31% | 0 | 1 |');
    expect(markdown).toContain('## Arabic (ar)');
    expect(markdown).toContain('| consent | 1 | 100% | 100% | 0 | 0 |');
  });
});

describe('npm run i18n -- stale', () => {
  it('finds nothing when every translation matches today’s English', () => {
    expect(runI18n(['stale', '--locales', 'test/fixtures/i18n/clean/locales']).lines).toEqual(['stale: 0 keys']);
  });

  it('lists translations whose English changed, in every language', () => {
    const locales = copyFixture('clean');
    editEnglish(locales, 'common.json', (resource) => {
      resource.app.greeting = 'Hello {{name}}, what can we help with?';
    });
    const result = runI18n(['stale', '--locales', locales]);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      `${locales}/ar/common.json: app.greeting: stale: the English changed since this was translated`,
      `${locales}/pl/common.json: app.greeting: stale: the English changed since this was translated`,
      'stale: 2 keys (ar 1, pl 1)',
    ]);
    const pl = status(locales).languages.find((language) => language.lang === 'pl');
    expect(pl?.total).toMatchObject({ stale: 1, reviewed: 5 });
  });

  it('marks every plural form translated from the changed English form', () => {
    const locales = copyFixture('clean');
    editEnglish(locales, 'common.json', (resource) => {
      resource.children_other = '{{count}} children and young people';
    });
    const stale = runI18n(['stale', '--locales', locales, '--lang', 'pl']).lines;
    expect(stale.slice(0, -1).map((line) => line.split(': ')[1])).toEqual(['children_few', 'children_many', 'children_other']);
    expect(stale.at(-1)).toBe('stale: 3 keys (pl 3)');
  });

  it('treats a translation without a meta record as stale', () => {
    const locales = copyFixture('clean');
    rmSync(path.join(locales, 'pl', 'consent.meta.json'));
    expect(runI18n(['stale', '--locales', locales, '--lang', 'pl']).lines).toEqual([
      `${locales}/pl/consent.json: ask: stale: no meta record of the English it was translated from`,
      'stale: 1 key (pl 1)',
    ]);
  });

  it('--mark-current records today’s English for one language and sends changed keys back to draft', () => {
    const locales = copyFixture('clean');
    editEnglish(locales, 'common.json', (resource) => {
      resource.app.greeting = 'Hi {{name}}!';
    });
    const marked = runI18n(['stale', '--mark-current', '--locales', locales, '--lang', 'pl']);
    expect(marked.lines).toEqual(["stale: marked 1 key(s) in pl current with today's English"]);
    expect(runI18n(['stale', '--locales', locales]).lines.at(-1)).toBe('stale: 1 key (ar 1)');
    const meta = JSON.parse(readFileSync(path.join(locales, 'pl', 'common.meta.json'), 'utf8'));
    // The review was of the old English, so the changed key is a draft again; unchanged keys keep theirs.
    expect(meta['app.greeting'].review).toBe('draft');
    expect(Object.values(meta).some((entry) => (entry as { review: string }).review === 'reviewed')).toBe(true);
    expect(runI18n(['stale', '--mark-current', '--locales', locales]).code).toBe(2);
  });
});

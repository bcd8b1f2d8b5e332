import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, fixtureLocales, readTree, runI18n } from '../fixtures/i18n/run-i18n.js';

/** Exports one language to a file beside the scratch locales directory. */
function exportTo(locales: string, lang: string, format: 'xliff' | 'csv'): string {
  const out = path.join(locales, '..', `${lang}.${format === 'xliff' ? 'xlf' : 'csv'}`);
  expect(runI18n(['export', '--locales', locales, '--lang', lang, '--format', format, '--out', out]).code).toBe(0);
  return out;
}

function removeLanguageFiles(locales: string, lang: string, namespaces: string[]): void {
  for (const ns of namespaces) {
    rmSync(path.join(locales, lang, `${ns}.json`));
    rmSync(path.join(locales, lang, `${ns}.meta.json`));
  }
}

describe('XLIFF and CSV exchange', () => {
  it.each([
    ['xliff', 'pl', ['common', 'widget', 'consent']],
    ['csv', 'ar', ['common', 'consent']],
  ] as const)('a %s export of %s imports back to identical files', (format, lang, namespaces) => {
    const locales = copyFixture('clean');
    const file = exportTo(locales, lang, format);
    removeLanguageFiles(locales, lang, [...namespaces]);
    const imported = runI18n(['import', '--locales', locales, '--lang', lang, '--file', file]);
    expect(imported.code).toBe(0);
    expect(imported.lines.at(-1)).toMatch(/ 0 rejected$/);
    expect(readTree(locales)).toEqual(readTree(fixtureLocales('clean')));
  });

  it('re-importing an untouched export changes nothing', () => {
    const locales = copyFixture('clean');
    const file = exportTo(locales, 'pl', 'xliff');
    const imported = runI18n(['import', '--locales', locales, '--lang', 'pl', '--file', file]);
    expect(imported.lines.at(-1)).toBe('import pl: 0 imported, 19 unchanged, 1 left empty (skipped), 0 rejected');
    expect(readTree(locales)).toEqual(readTree(fixtureLocales('clean')));
  });

  it('writes XLIFF 2.0 with escaped text, plural units and empty targets to fill', () => {
    const xliff = readFileSync(exportTo(copyFixture('clean'), 'pl', 'xliff'), 'utf8');
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pl">');
    expect(xliff).toContain('<source xml:space="preserve">Read our &lt;1&gt;privacy notice&lt;/1&gt; &amp; "terms".</source>');
    expect(xliff).toContain('<unit id="widget:messages_many">');
    expect(xliff).toMatch(/<unit id="widget:close">\s+<segment state="initial">[\s\S]*?<target xml:space="preserve"><\/target>/);
  });

  it('rejects an XLIFF unit whose placeholder was translated, and imports the rest', () => {
    const locales = copyFixture('clean');
    const file = exportTo(locales, 'pl', 'xliff');
    const xliff = readFileSync(file, 'utf8')
      .replace('Cześć {{name}}, jak', 'Cześć {{imię}}, jak')
      .replace('<target xml:space="preserve"></target>', '<target xml:space="preserve">Zamknij</target>');
    writeFileSync(file, xliff);
    const line = xliff.split('\n').findIndex((text) => text.includes('<unit id="common:app.greeting">')) + 1;
    const result = runI18n(['import', '--locales', locales, '--lang', 'pl', '--file', file]);
    expect(result.code).toBe(1);
    expect(result.lines).toContain(
      `${file}: unit "common:app.greeting" (line ${line}): rejected: placeholder mismatch: missing {{name}}; unexpected {{imię}}`,
    );
    expect(result.lines.at(-1)).toBe('import pl: 1 imported, 18 unchanged, 0 left empty (skipped), 1 rejected');
    const widget = JSON.parse(readFileSync(path.join(locales, 'pl', 'widget.json'), 'utf8'));
    expect(Object.keys(widget).slice(0, 2)).toEqual(['open', 'close']);
    const common = JSON.parse(readFileSync(path.join(locales, 'pl', 'common.json'), 'utf8'));
    expect(common.app.greeting).toBe('Cześć {{name}}, jak możemy pomóc?');
  });

  it('rejects CSV rows with unknown ids, forms the language lacks, or a bad review value', () => {
    const locales = copyFixture('clean');
    const file = exportTo(locales, 'pl', 'csv');
    const extra = [
      '"common","app.nope","x","y","draft",""',
      '"common","children_two","{{count}} children","{{count}} dzieci","draft",""',
      '"consent","ask","May we share what you told us with the Early Help team?","Tak","approved",""',
    ];
    writeFileSync(file, `${readFileSync(file, 'utf8')}${extra.join('\r\n')}\r\n`);
    const result = runI18n(['import', '--locales', locales, '--lang', 'pl', '--file', file]);
    expect(result.code).toBe(1);
    expect(result.lines.filter((text) => text.includes('rejected:'))).toEqual([
      `${file}: row 22 (common:app.nope): rejected: unknown id "common:app.nope": extra key not in English (remove it, or have it added to English first)`,
      `${file}: row 23 (common:children_two): rejected: unknown id "common:children_two": plural form "two" is not used in pl (pl uses one, few, many, other)`,
      `${file}: row 24 (consent:ask): rejected: review must be "draft", "reviewed" or empty, not "approved"`,
    ]);
  });

  it('refuses a file made for another language', () => {
    const locales = copyFixture('clean');
    const file = exportTo(locales, 'ar', 'xliff');
    const result = runI18n(['import', '--locales', locales, '--lang', 'pl', '--file', file]);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([`${file}: this file is for language "ar", not "pl"`]);
  });

  it('starts a new language from a blank export', () => {
    const locales = copyFixture('clean');
    const file = exportTo(locales, 'cy', 'csv');
    const rows = readFileSync(file, 'utf8').split('\r\n');
    // Welsh uses all six plural forms, so `children` and `messages` export six rows each.
    expect(rows.filter((row) => row.startsWith('"common","children_')).length).toBe(6);
    const filled = rows.map((row) => row.replace('"common","app.title","Family Hubs chat",""', '"common","app.title","Family Hubs chat","Sgwrs Hybiau Teulu"'));
    writeFileSync(file, filled.join('\r\n'));
    const result = runI18n(['import', '--locales', locales, '--lang', 'cy', '--file', file]);
    expect(result.lines.at(-1)).toBe('import cy: 1 imported, 0 unchanged, 22 left empty (skipped), 0 rejected');
    expect(readFileSync(path.join(locales, 'cy', 'common.json'), 'utf8')).toBe('{\n  "app": {\n    "title": "Sgwrs Hybiau Teulu"\n  }\n}\n');
    const meta = JSON.parse(readFileSync(path.join(locales, 'cy', 'common.meta.json'), 'utf8'));
    expect(meta).toEqual({ 'app.title': { sourceHash: expect.stringMatching(/^[0-9a-f]{16}$/), review: 'draft' } });
  });

  it('--review reviewed records a sign-off for every imported unit', () => {
    const locales = copyFixture('clean');
    const file = exportTo(locales, 'pl', 'csv');
    expect(runI18n(['import', '--locales', locales, '--lang', 'pl', '--file', file, '--review', 'reviewed']).code).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(locales, 'pl', 'consent.meta.json'), 'utf8'));
    expect(meta.ask.review).toBe('reviewed');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLocales, collectUnits, findStale, loadLocales, type LocaleSnapshot } from '../i18n/toolkit/index.js';
import { projectPath } from '../project-root.js';
import { entryUnits } from './entry-units.js';
import { loadCatalogue } from './load-catalogue.js';

const englishFile = readFileSync(projectPath('locales/en/resources.json'), 'utf8');
const snapshot = (urdu: object, meta?: object): LocaleSnapshot => ({
  en: { 'resources.json': englishFile },
  ur: { 'resources.json': JSON.stringify(urdu), ...(meta ? { 'resources.meta.json': JSON.stringify(meta) } : {}) },
});

describe('catalogue text as translation units', () => {
  it('locales/en/resources.json holds every entry summary and eligibility as the catalogue has them (npm run directory:units)', () => {
    expect((JSON.parse(englishFile) as { entries: unknown }).entries).toEqual(entryUnits(loadCatalogue()));
  });

  it('the i18n check fails on a broken resource unit: a translation adding a placeholder, an entry English does not have, an empty text', () => {
    const broken = loadLocales(snapshot({ entries: { 'west-family-hub': { summary: 'مقامی فیملی ہب {{name}}' }, 'no-such-service': { summary: 'کچھ' } } }));
    const report = checkLocales(broken, { lang: 'ur' });
    expect(report.errors.map((problem) => problem.key)).toEqual(expect.arrayContaining(['entries.west-family-hub.summary', 'entries.no-such-service.summary']));
    const empty = checkLocales(loadLocales(snapshot({ entries: { 'west-family-hub': { summary: ' ' } } })), { lang: 'ur' });
    expect(empty.errors.map((problem) => problem.key)).toEqual(['entries.west-family-hub.summary']);
  });

  it('exports entry units for translators and lists a translation as stale once the catalogue English changes', () => {
    const units = collectUnits(loadLocales(snapshot({})), 'ur').filter((unit) => unit.key.startsWith('entries.'));
    expect(units.length).toBeGreaterThanOrEqual(loadCatalogue().entries.length);
    const urdu = { entries: { 'west-family-hub': { summary: 'مغربی بریڈفورڈ کے لیے آپ کا مقامی فیملی ہب۔' } } };
    const stale = findStale(loadLocales(snapshot(urdu, { 'entries.west-family-hub.summary': { sourceHash: '0000000000000000', review: 'draft' } })), { lang: 'ur' });
    expect(stale.map((status) => status.key)).toContain('entries.west-family-hub.summary');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './load-catalogue.js';
import { CatalogueError, parseCatalogue } from './parse-catalogue.js';

const valid = {
  id: 'citizens-advice',
  name: 'Citizens Advice',
  summary: 'Free advice on money and housing.',
  needs: ['money-debt'],
  ageMin: -1,
  ageMax: 25,
  scope: 'district',
  localities: ['west', 'south', 'east', 'keighley-shipley'],
  languages: ['en'],
  website: 'https://www.citizensadvice.org.uk',
  openingHours: 'Mon–Fri 9am–5pm',
  cost: 'free',
  continuum: 'getting-advice',
  lastChecked: '2026-11-24',
};

function catalogueWith(...entries: object[]) {
  return { notice: 'Check before live use.', entries };
}

function problemsOf(raw: unknown): string[] {
  try {
    parseCatalogue(raw, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogueError);
    return (error as CatalogueError).problems;
  }
  throw new Error('expected the catalogue to be rejected');
}

describe('parseCatalogue', () => {
  it('accepts a valid catalogue and fills defaults', () => {
    const [entry] = parseCatalogue(catalogueWith(valid)).entries;
    expect(entry).toMatchObject({ interpreting: false, general: false });
  });

  it('names the entry and field of an unknown need', () => {
    const problems = problemsOf(catalogueWith(valid, { ...valid, id: 'kooth', needs: ['loneliness'] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^entries\[1\] \(id "kooth"\)\.needs\[0\]: /);
  });

  it('puts the source and every problem in the error message', () => {
    expect(() => parseCatalogue(catalogueWith({ ...valid, cost: 'cheap', ageMin: 30 }), 'test.json')).toThrow(
      /Resource catalogue test\.json is invalid:\n {2}- entries\[0\] \(id "citizens-advice"\)\.ageMin: .*\n {2}- .*\.cost: /s,
    );
  });

  it('rejects duplicate ids', () => {
    expect(problemsOf(catalogueWith(valid, valid))).toEqual(['entries[1] (id "citizens-advice").id: duplicate id "citizens-advice"']);
  });

  it('rejects an age range that runs backwards', () => {
    expect(problemsOf(catalogueWith({ ...valid, ageMin: 12, ageMax: 5 }))[0]).toMatch(/ageMax 5 is below ageMin 12/);
  });

  it('rejects a district service that does not reach every locality', () => {
    expect(problemsOf(catalogueWith({ ...valid, localities: ['west'] }))[0]).toMatch(/must list all 4 localities/);
  });

  it('rejects malformed language tags, plain http and missing contacts', () => {
    const problems = problemsOf(catalogueWith({ ...valid, languages: ['not a tag'], website: 'http://example.org' }));
    expect(problems.join('\n')).toMatch(/languages\[0\]: not a BCP 47 language tag/);
    expect(problems.join('\n')).toMatch(/website: website must be an https:\/\/ address/);
    const { website: _omitted, ...noContact } = valid;
    expect(problemsOf(catalogueWith(noContact))[0]).toMatch(/give at least one way to reach the service/);
  });

  it('requires the notice and Getting Advice entries only', () => {
    expect(problemsOf({ entries: [valid] })[0]).toMatch(/^notice: /);
    expect(problemsOf(catalogueWith({ ...valid, continuum: 'getting-help' }))[0]).toMatch(/\.continuum: /);
  });
});

describe('loadCatalogue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'front-door-catalogue-'));

  it('reports a file that is not JSON with its path', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ "notice": ');
    expect(() => loadCatalogue(path)).toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is invalid:\\n {2}- is not valid JSON`));
  });

  it('reports a missing file', () => {
    expect(() => loadCatalogue(join(dir, 'missing.json'))).toThrow(/cannot be read/);
  });

  it('validates what it reads', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify(catalogueWith({ ...valid, scope: 'regional' })));
    expect(() => loadCatalogue(path)).toThrow(CatalogueError);
  });
});

import { describe, expect, it } from 'vitest';
import { LOCALITIES } from '../protocol/vocabulary.js';
import type { Catalogue, CatalogueEntry } from './catalogue-schema.js';
import { matchResources } from './match-resources.js';
import type { ResourceQuery } from './resource-query.js';

function entry(id: string, overrides: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return {
    id,
    name: id,
    summary: `${id} helps.`,
    needs: ['money-debt'],
    ageMin: -1,
    ageMax: 25,
    scope: 'national',
    localities: [...LOCALITIES],
    languages: ['en'],
    interpreting: false,
    general: false,
    website: `https://${id}.example.org`,
    openingHours: 'Mon–Fri 9am–5pm',
    cost: 'free',
    continuum: 'getting-advice',
    lastChecked: '2026-11-24',
    ...overrides,
  };
}

function catalogueOf(...entries: CatalogueEntry[]): Catalogue {
  return { notice: 'test', entries };
}

const query: ResourceQuery = { needs: ['money-debt'], ageBands: [], locality: 'west', language: 'en', page: 0, pageSize: 10 };

function ids(catalogue: Catalogue, overrides: Partial<ResourceQuery> = {}): string[] {
  return matchResources(catalogue, { ...query, ...overrides }).cards.map((card) => card.id);
}

describe('matchResources', () => {
  it('offers funded childcare, after what they asked for, when a child is 2 to 4, even if they did not ask', () => {
    const catalogue = catalogueOf(entry('debt'), entry('funded-places', { needs: ['childcare-funded-places'], ageMin: 2, ageMax: 4 }));
    expect(ids(catalogue, { ageBands: ['2-4'] })).toEqual(['debt', 'funded-places']);
    expect(ids(catalogue, { ageBands: ['5-11'] })).toEqual(['debt']);
    expect(ids(catalogue, { ageBands: [] })).toEqual(['debt']);
  });


  it('puts their hub before district-wide before national services', () => {
    const catalogue = catalogueOf(
      entry('a-national'),
      entry('b-district', { scope: 'district' }),
      entry('c-west-hub', { scope: 'hub', localities: ['west'] }),
    );
    expect(ids(catalogue)).toEqual(['c-west-hub', 'b-district', 'a-national']);
  });

  it("leaves out another hub's local services, but keeps them as district-level when locality is unknown", () => {
    const catalogue = catalogueOf(
      entry('a-national'),
      entry('b-east-hub', { scope: 'hub', localities: ['east'] }),
      entry('c-district', { scope: 'district' }),
    );
    expect(ids(catalogue)).toEqual(['c-district', 'a-national']);
    expect(ids(catalogue, { locality: 'any' })).toEqual(['b-east-hub', 'c-district', 'a-national']);
  });

  it('raises services that speak the family language, then those with interpreters', () => {
    const catalogue = catalogueOf(
      entry('a-english'),
      entry('b-interpreters', { interpreting: true }),
      entry('c-punjabi', { languages: ['en', 'pa'] }),
      entry('d-shahmukhi', { languages: ['en', 'pa-Arab'] }),
    );
    expect(ids(catalogue, { language: 'pa-Arab' })).toEqual(['d-shahmukhi', 'c-punjabi', 'b-interpreters', 'a-english']);
    // The primary subtag matches both ways: a family choosing plain 'pa' is served by 'pa-Arab' too.
    expect(ids(catalogue, { language: 'pa' })).toEqual(['c-punjabi', 'd-shahmukhi', 'b-interpreters', 'a-english']);
  });

  it('ranks language below locality', () => {
    const catalogue = catalogueOf(entry('a-urdu-national', { languages: ['ur'] }), entry('b-west-hub', { scope: 'hub', localities: ['west'] }));
    expect(ids(catalogue, { language: 'ur' })).toEqual(['b-west-hub', 'a-urdu-national']);
  });

  it("drops services that suit none of the children's ages and prefers those that suit more of them", () => {
    const catalogue = catalogueOf(
      entry('a-teens', { ageMin: 12, ageMax: 18 }),
      entry('b-under-fives', { ageMin: 0, ageMax: 4 }),
      entry('c-pregnancy-to-5', { ageMin: -1, ageMax: 5 }),
      entry('d-all-ages', { ageMin: -1, ageMax: 25 }),
    );
    expect(ids(catalogue, { ageBands: ['unborn', '2-4'] })).toEqual(['c-pregnancy-to-5', 'd-all-ages', 'b-under-fives']);
    expect(ids(catalogue, { ageBands: ['12-15'] })).toEqual(['a-teens', 'd-all-ages']);
    expect(ids(catalogue, { ageBands: [] })).toHaveLength(4);
  });

  it('puts a service covering more of the needs above a closer or better-spoken single-need one', () => {
    const catalogue = catalogueOf(
      entry('a-money-hub', { scope: 'hub', localities: ['west'], languages: ['ur'] }),
      entry('b-money-and-housing', { needs: ['money-debt', 'housing'] }),
      entry('c-housing', { needs: ['housing'] }),
      entry('d-food', { needs: ['food-fuel'] }),
    );
    expect(ids(catalogue, { needs: ['money-debt', 'housing'], language: 'ur' })).toEqual(['b-money-and-housing', 'a-money-hub', 'c-housing']);
  });

  it('offers only the general front doors when no need is named', () => {
    const catalogue = catalogueOf(
      entry('a-debt'),
      entry('b-family-hub', { general: true, scope: 'hub', localities: ['west'] }),
      entry('c-fis', { general: true, scope: 'district' }),
    );
    expect(ids(catalogue, { needs: [] })).toEqual(['b-family-hub', 'c-fis']);
  });

  it('pages through the ranked list and says when there is more', () => {
    const catalogue = catalogueOf(...['e', 'd', 'c', 'b', 'a'].map((id) => entry(id)));
    const first = matchResources(catalogue, { ...query, pageSize: 2 });
    expect(first).toMatchObject({ total: 5, hasMore: true });
    expect(first.cards.map((card) => card.id)).toEqual(['a', 'b']);
    expect(ids(catalogue, { pageSize: 2, page: 1 })).toEqual(['c', 'd']);
    expect(matchResources(catalogue, { ...query, pageSize: 2, page: 2 })).toMatchObject({ hasMore: false, total: 5 });
    expect(ids(catalogue, { pageSize: 2, page: 2 })).toEqual(['e']);
    expect(matchResources(catalogue, { ...query, pageSize: 2, page: 3 })).toEqual({ cards: [], hasMore: false, total: 5 });
  });

  it('gives the same answer whatever order the catalogue is in', () => {
    const entries = [
      entry('a', { scope: 'district' }),
      entry('b', { languages: ['ur'] }),
      entry('c', { needs: ['money-debt', 'housing'] }),
      entry('d'),
      entry('e', { scope: 'hub', localities: ['west'] }),
    ];
    const forwards = matchResources(catalogueOf(...entries), { ...query, needs: ['money-debt', 'housing'], language: 'ur' });
    const backwards = matchResources(catalogueOf(...[...entries].reverse()), { ...query, needs: ['money-debt', 'housing'], language: 'ur' });
    expect(backwards).toEqual(forwards);
    expect(forwards.cards.map((card) => card.id)).toEqual(['c', 'e', 'a', 'b', 'd']);
  });

  it('maps entries to protocol cards without server-only fields', () => {
    const [card] = matchResources(catalogueOf(entry('a', { phone: '0800 1111' })), query).cards;
    expect(card).toEqual({
      id: 'a',
      name: 'a',
      summary: 'a helps.',
      needs: ['money-debt'],
      phone: '0800 1111',
      website: 'https://a.example.org',
      openingHours: 'Mon–Fri 9am–5pm',
      languages: ['en'],
      localities: [...LOCALITIES],
      cost: 'free',
      scope: 'national',
      interpreting: false,
    });
  });

  it('rejects impossible paging', () => {
    expect(() => matchResources(catalogueOf(entry('a')), { ...query, page: -1 })).toThrow(RangeError);
    expect(() => matchResources(catalogueOf(entry('a')), { ...query, pageSize: 0 })).toThrow(RangeError);
  });
});

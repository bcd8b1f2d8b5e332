import { describe, expect, it } from 'vitest';
import { createDirectoryIndex } from './directory-index.js';
import { loadCatalogue } from './load-catalogue.js';

const catalogue = loadCatalogue();
const index = createDirectoryIndex(catalogue.entries, (entry) => (entry.id === 'west-family-hub' ? 'مغربی بریڈفورڈ کے لیے آپ کا مقامی فیملی ہب' : ''));
const names = (filters: Parameters<typeof index.search>[0]) => index.search(filters, 0, 100).entries.map((entry) => entry.id);

describe('createDirectoryIndex', () => {
  it('finds entries whose words start with every word typed, ignoring case and accents, in name order', () => {
    const found = names({ words: 'FAMILY hub' });
    expect(found).toEqual(expect.arrayContaining(['west-family-hub', 'south-family-hub', 'east-family-hub', 'keighley-shipley-family-hub']));
    const sorted = index.search({ words: 'family hub' }, 0, 100).entries.map((entry) => entry.name);
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names({ words: 'famíly' })).toEqual(names({ words: 'family' }));
    expect(names({ words: 'zzzz' })).toEqual([]);
  });

  it("searches the extra text too, so a family can search in their own language", () => {
    expect(names({ words: 'مغربی' })).toEqual(['west-family-hub']);
  });

  it('filters by need, age, locality, cost and language, and pages the result', () => {
    const all = index.search({ need: 'money-debt', ageBand: '19-25', locality: 'east', cost: 'free', language: 'en' }, 0, 100);
    expect(all.total).toBeGreaterThan(0);
    expect(all.entries.every((entry) => entry.needs.includes('money-debt') && entry.cost === 'free' && entry.localities.includes('east') && entry.ageMax >= 19)).toBe(true);
    expect(index.search({ need: 'money-debt' }, 1, 2).entries).toEqual(index.search({ need: 'money-debt' }, 0, 100).entries.slice(2, 4));
    expect(index.search({ language: 'ur' }, 0, 10).total).toBe(catalogue.entries.filter((entry) => entry.languages.some((tag) => tag.startsWith('ur'))).length);
  });
});

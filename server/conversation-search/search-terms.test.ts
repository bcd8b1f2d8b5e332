import { describe, expect, it } from 'vitest';
import { excerpt, ftsQuery, searchTerms, tsQuery } from './search-terms.js';

describe('search terms', () => {
  it('keeps words and drops anything the indexes could read as syntax', () => {
    expect(searchTerms('Rent "arrears" OR NEAR(x) -evict* ')).toEqual(['rent', 'arrears', 'or', 'near', 'x', 'evict']);
    expect(searchTerms('کرایہ مکان')).toEqual(['کرایہ', 'مکان']);
    expect(searchTerms('  ?!  ')).toEqual([]);
  });

  it('bounds how many words and how long each is', () => {
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
    expect(searchTerms('x'.repeat(500))[0]).toHaveLength(64);
  });

  it('writes the same search for FTS5 and PostgreSQL, the last word as a prefix', () => {
    expect(ftsQuery(['rent', 'arr'])).toBe('"rent" "arr"*');
    expect(tsQuery(['rent', 'arr'])).toBe('rent & arr:*');
  });

  it('shortens long words around the first match', () => {
    const body = `${'a '.repeat(200)}the landlord wants us out ${'b '.repeat(200)}`;
    const cut = excerpt(body, ['landlord']);
    expect(cut).toContain('landlord');
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true);
    expect(excerpt('short', ['x'])).toBe('short');
  });
});

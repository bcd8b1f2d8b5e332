import { AGE_BANDS, type AgeBand, type Locality, type Need } from '../protocol/vocabulary.js';
import type { CatalogueEntry, DeliveryMode } from './catalogue-schema.js';

export interface DirectoryFilters {
  /** Words typed by the family; each must start a word of the entry's text (so "child" finds "childcare"). */
  words?: string;
  need?: Need;
  ageBand?: AgeBand;
  locality?: Locality;
  cost?: CatalogueEntry['cost'];
  /** A BCP 47 tag: services that speak it, or its primary language. */
  language?: string;
  delivery?: DeliveryMode;
}

export interface DirectoryIndex {
  /** Matching entries in name order, one page of them, and how many matched in all. */
  search(filters: DirectoryFilters, page: number, pageSize: number): { entries: CatalogueEntry[]; total: number };
}

/** Lower-case letters and digits with accents removed, in any script: "Café" and "cafe" match. */
export function searchTokens(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * An inverted index over the directory: sorted tokens, each with the entries (by position in name
 * order) that contain it. A word is a prefix range found by binary search, so a search costs the
 * matches, not the catalogue size. `extraText` adds searchable text per entry, e.g. its summary in
 * the family's language, so families can search in their own words.
 */
export function createDirectoryIndex(entries: readonly CatalogueEntry[], extraText: (entry: CatalogueEntry) => string = () => ''): DirectoryIndex {
  const ordered = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  const postings = new Map<string, number[]>();
  ordered.forEach((entry, position) => {
    const text = `${entry.name} ${entry.summary} ${entry.referralCriteria ?? ''} ${extraText(entry)}`;
    for (const token of new Set(searchTokens(text))) {
      const list = postings.get(token);
      if (list) list.push(position);
      else postings.set(token, [position]);
    }
  });
  const tokens = [...postings.keys()].sort();

  function withPrefix(word: string): Set<number> {
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (tokens[middle]! < word) low = middle + 1;
      else high = middle;
    }
    const found = new Set<number>();
    for (let i = low; i < tokens.length && tokens[i]!.startsWith(word); i++) for (const position of postings.get(tokens[i]!)!) found.add(position);
    return found;
  }

  return {
    search(filters, page, pageSize) {
      const words = searchTokens(filters.words ?? '').slice(0, 10);
      let candidates: Iterable<number> = ordered.keys();
      if (words.length > 0) {
        const sets = words.map(withPrefix).sort((a, b) => a.size - b.size);
        candidates = [...sets[0]!].filter((position) => sets.every((set) => set.has(position))).sort((a, b) => a - b);
      }
      const matched: CatalogueEntry[] = [];
      for (const position of candidates) {
        const entry = ordered[position]!;
        if (passes(entry, filters)) matched.push(entry);
      }
      return { entries: matched.slice(page * pageSize, (page + 1) * pageSize), total: matched.length };
    },
  };
}

function passes(entry: CatalogueEntry, filters: DirectoryFilters): boolean {
  if (filters.need && !entry.needs.includes(filters.need)) return false;
  if (filters.locality && !entry.localities.includes(filters.locality)) return false;
  if (filters.cost && entry.cost !== filters.cost) return false;
  if (filters.delivery && !entry.delivery?.includes(filters.delivery)) return false;
  if (filters.ageBand) {
    const band = AGE_BANDS[filters.ageBand];
    if (entry.ageMin > band.max || entry.ageMax < band.min) return false;
  }
  if (filters.language) {
    const primary = filters.language.toLowerCase().split('-')[0];
    if (!entry.languages.some((tag) => tag.toLowerCase() === filters.language!.toLowerCase() || tag.toLowerCase().split('-')[0] === primary)) return false;
  }
  return true;
}

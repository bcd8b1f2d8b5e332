import { AGE_BANDS } from '../protocol/vocabulary.js';
import type { CatalogueEntry } from './catalogue-schema.js';
import type { ResourceQuery } from './resource-query.js';

/** Ranking keys in order of weight; higher is better for each. */
export interface EntryScore {
  needsCovered: number;
  agesFitted: number;
  /** 2 their hub's own service, 1 district-wide, 0 national. */
  locality: number;
  /** 3 same tag, 2 same primary language, 1 interpreter on request, 0 none. */
  language: number;
}

/**
 * Scores one entry for one family, or returns undefined when it must not be shown: it covers
 * none of their needs, suits none of their children's ages, or belongs to another hub's area.
 */
export function scoreEntry(entry: CatalogueEntry, query: ResourceQuery): EntryScore | undefined {
  const needsCovered = new Set(query.needs.filter((need) => entry.needs.includes(need))).size;
  // With no needs named yet, only the general front doors (Family Hubs, FIS) make sense.
  if (query.needs.length === 0 ? !entry.general : needsCovered === 0 && !offeredForAges(entry, query)) return undefined;

  const agesFitted = new Set(query.ageBands.filter((band) => fitsAgeBand(entry, band))).size;
  // No age bands means the family did not say; do not guess them out of every service.
  if (query.ageBands.length > 0 && agesFitted === 0) return undefined;

  if (query.locality !== 'any' && !entry.localities.includes(query.locality)) return undefined;

  return {
    needsCovered,
    agesFitted,
    locality: localityRank(entry, query.locality),
    language: languageRank(entry, query.language),
  };
}

export interface ScoredEntry {
  entry: CatalogueEntry;
  score: EntryScore;
}

/** Orders best first; ids break ties so the order never depends on catalogue file order. */
export function compareScored(a: ScoredEntry, b: ScoredEntry): number {
  return (
    b.score.needsCovered - a.score.needsCovered ||
    b.score.agesFitted - a.score.agesFitted ||
    b.score.locality - a.score.locality ||
    b.score.language - a.score.language ||
    (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0)
  );
}

/**
 * Every 2 to 4 year old can have funded early education, and many families never ask: a family
 * with a child that age is offered funded childcare after the services for what they did ask.
 */
function offeredForAges(entry: CatalogueEntry, query: ResourceQuery): boolean {
  return query.ageBands.includes('2-4') && entry.needs.includes('childcare-funded-places');
}

function fitsAgeBand(entry: CatalogueEntry, band: keyof typeof AGE_BANDS): boolean {
  const range = AGE_BANDS[band];
  return entry.ageMin <= range.max && entry.ageMax >= range.min;
}

function localityRank(entry: CatalogueEntry, locality: ResourceQuery['locality']): number {
  if (entry.scope === 'national') return 0;
  if (entry.scope === 'district') return 1;
  // Without a known locality no hub is "theirs", so a hub service counts as district-level.
  return locality === 'any' ? 1 : 2;
}

function languageRank(entry: CatalogueEntry, language: string): number {
  const wanted = language.trim().toLowerCase();
  const offered = entry.languages.map((tag) => tag.toLowerCase());
  if (wanted && offered.includes(wanted)) return 3;
  // 'pa-Arab' and 'pa' are both Punjabi: the service can still talk with the family.
  const primary = wanted.split('-')[0];
  if (primary && offered.some((tag) => tag.split('-')[0] === primary)) return 2;
  return entry.interpreting ? 1 : 0;
}

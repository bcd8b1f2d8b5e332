import type { Catalogue } from './catalogue-schema.js';

/** The translatable text of one entry, as `resources:entries.<id>.<field>` in locales/. */
export interface EntryUnits {
  summary: string;
  eligibility?: string;
}

/**
 * The English translation units for every entry: the catalogue stays the source (imports and the
 * Families Information Service edit it), locales/en/resources.json holds a generated copy so the
 * translators' toolkit (check, stale, status, XLIFF/CSV) covers it. `npm run directory:units`
 * rewrites the copy; a test fails when the two differ.
 */
export function entryUnits(catalogue: Catalogue): Record<string, EntryUnits> {
  const units: Record<string, EntryUnits> = {};
  for (const entry of [...catalogue.entries].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    units[entry.id] = { summary: entry.summary, ...(entry.referralCriteria ? { eligibility: entry.referralCriteria } : {}) };
  }
  return units;
}

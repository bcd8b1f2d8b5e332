import type { Catalogue, CatalogueEntry } from '../resources/index.js';

/** An entry not checked for more than twelve months must be checked again before staff rely on it. */
export function isStale(entry: Pick<CatalogueEntry, 'lastChecked'>, now: Date): boolean {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - 1);
  return entry.lastChecked < limit.toISOString().slice(0, 10);
}

export function staleEntries(catalogue: Catalogue, now: Date): CatalogueEntry[] {
  return catalogue.entries.filter((entry) => isStale(entry, now));
}

import { z } from 'zod';
import { WEEKDAYS, type Catalogue, type CatalogueEntry } from '../resources/index.js';
import { DELIVERY_TAXONOMY_ID, deliveryTermId, NEEDS_TAXONOMY_ID, needTermId } from './front-door-taxonomies.js';

const Whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The /openreferral/services query the ORUK profile defines, each parameter bounded. */
export const ServicesQuery = z.object({
  page: Whole(1, 10_000).default(1),
  per_page: Whole(1, 100).default(20),
  search: z.string().trim().max(100).optional(),
  taxonomy_term_id: z.uuid().optional(),
  taxonomy_id: z.uuid().optional(),
  minimum_age: Whole(0, 150).optional(),
  maximum_age: Whole(0, 150).optional(),
  day: z
    .string()
    .transform((day) => day.trim().slice(0, 2).toUpperCase())
    .pipe(z.enum(WEEKDAYS))
    .optional(),
});
export type ServicesQuery = z.infer<typeof ServicesQuery>;

export interface Paged<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/**
 * Filters the catalogue as ORUK asks: every search word in the name, summary or criteria; the
 * term or taxonomy; ages overlapping the range asked for; open on the day. Ordered by name.
 */
export function queryServices(catalogue: Catalogue, query: ServicesQuery): CatalogueEntry[] {
  const words = (query.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return catalogue.entries
    .filter((entry) => {
      if (words.length > 0) {
        const text = `${entry.name} ${entry.summary} ${entry.referralCriteria ?? ''}`.toLowerCase();
        if (!words.every((word) => text.includes(word))) return false;
      }
      if (query.taxonomy_term_id && !termIds(entry).includes(query.taxonomy_term_id)) return false;
      if (query.taxonomy_id === DELIVERY_TAXONOMY_ID && !entry.delivery?.length) return false;
      if (query.taxonomy_id && query.taxonomy_id !== DELIVERY_TAXONOMY_ID && query.taxonomy_id !== NEEDS_TAXONOMY_ID) return false;
      if (query.minimum_age !== undefined && entry.ageMax < query.minimum_age) return false;
      if (query.maximum_age !== undefined && entry.ageMin > query.maximum_age) return false;
      if (query.day && !entry.schedule?.some((slot) => slot.days.includes(query.day!))) return false;
      return true;
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
}

function termIds(entry: CatalogueEntry): string[] {
  return [...entry.needs.map(needTermId), ...(entry.delivery ?? []).map(deliveryTermId)];
}

/** One page of `items` with ORUK's paging header; pages count from 1. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Paged<T> {
  const totalPages = Math.ceil(items.length / perPage);
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return { total_items: items.length, total_pages: totalPages, page_number: page, size: contents.length, first_page: page === 1, last_page: page >= totalPages, empty: items.length === 0, contents };
}

import type { ResourceCard } from '../protocol/content.js';
import type { Catalogue, CatalogueEntry } from './catalogue-schema.js';
import type { ResourceQuery } from './resource-query.js';
import { compareScored, scoreEntry } from './score-entry.js';

export interface ResourceMatch {
  cards: ResourceCard[];
  hasMore: boolean;
  /** Matching services across all pages. */
  total: number;
}

/**
 * Ranks the Getting Advice catalogue for one family and returns one page of cards. Pure and
 * deterministic: the same catalogue and query always give the same cards in the same order.
 * Ranked by needs covered, then children's ages fitted, then locality (their hub > district >
 * national), then language, then id.
 */
export function matchResources(catalogue: Catalogue, query: ResourceQuery): ResourceMatch {
  if (!Number.isInteger(query.page) || query.page < 0) {
    throw new RangeError(`page must be a whole number from 0, got ${query.page}`);
  }
  if (!Number.isInteger(query.pageSize) || query.pageSize < 1) {
    throw new RangeError(`pageSize must be a whole number from 1, got ${query.pageSize}`);
  }

  const ranked = catalogue.entries
    .flatMap((entry) => {
      const score = scoreEntry(entry, query);
      return score ? [{ entry, score }] : [];
    })
    .sort(compareScored);

  const start = query.page * query.pageSize;
  const end = start + query.pageSize;
  return {
    cards: ranked.slice(start, end).map(({ entry }) => toResourceCard(entry)),
    hasMore: end < ranked.length,
    total: ranked.length,
  };
}

/** Only what the widget shows; ages and review dates stay on the server. */
export function toResourceCard(entry: CatalogueEntry): ResourceCard {
  const card: ResourceCard = {
    id: entry.id,
    name: entry.name,
    summary: entry.summary,
    needs: [...entry.needs],
    languages: [...entry.languages],
    localities: [...entry.localities],
    openingHours: entry.openingHours,
    cost: entry.cost,
    scope: entry.scope,
    interpreting: entry.interpreting,
  };
  // Absent contacts are left out rather than sent as undefined, so frames stay small and clean.
  if (entry.phone) card.phone = entry.phone;
  if (entry.website) card.website = entry.website;
  if (entry.email) card.email = entry.email;
  if (entry.address) card.address = entry.address;
  if (entry.schedule) card.schedule = entry.schedule.map((slot) => ({ ...slot, days: [...slot.days] }));
  if (entry.delivery) card.delivery = [...entry.delivery];
  if (entry.referralCriteria) card.referralCriteria = entry.referralCriteria;
  return card;
}

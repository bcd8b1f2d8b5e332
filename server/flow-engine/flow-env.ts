import type { ResourceCard } from '../protocol/content.js';
import type { AgeBand, Locality, Need } from '../protocol/vocabulary.js';

/** What a resources node asks the catalogue for. `page` counts from 0. */
export interface ResourceQuery {
  needs: Need[];
  ageBands: AgeBand[];
  locality: Locality | 'any';
  language: string;
  page: number;
  pageSize: number;
}

export interface ResourceMatches {
  cards: ResourceCard[];
  hasMore: boolean;
}

/**
 * The engine's whole view of the world, passed in so the engine stays pure. `matchResources` must
 * itself be pure: the same query gives the same cards, which keeps replays and tests exact.
 */
export interface FlowEnv {
  language: string;
  districtLocalities: Readonly<Record<string, Locality>>;
  matchResources(query: ResourceQuery): ResourceMatches;
  /** An option label in the words a family may type it in (their language, then English); none when absent. */
  optionLabels?(labelKey: string): readonly string[];
}

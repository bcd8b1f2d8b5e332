import type { AgeBand, Locality, Need } from '../protocol/vocabulary.js';

/** What the family told the flow, plus which page of results the widget is showing. */
export interface ResourceQuery {
  needs: Need[];
  ageBands: AgeBand[];
  /** Their hub's locality, or 'any' when the postcode was unknown or skipped. */
  locality: Locality | 'any';
  /** BCP 47 tag of the language the family chose, e.g. 'pa-Arab'. */
  language: string;
  /** 0-based. */
  page: number;
  pageSize: number;
}

import type { ResourceCard } from '../protocol/content.js';
import type { Locality } from '../protocol/vocabulary.js';
import type { FlowEnv } from './flow-env.js';

/** Engine tests' world: a tiny card list and a pure matcher by need (the real one is injected in production). */
export const testCard = (id: string, needs: ResourceCard['needs']): ResourceCard => ({
  id,
  name: id,
  summary: id,
  needs,
  languages: ['en'],
  localities: ['south'],
  scope: 'hub',
  interpreting: false,
});

export function testEnv(catalogue: ResourceCard[], districtLocalities: Record<string, Locality>): FlowEnv {
  return {
    language: 'en',
    districtLocalities,
    matchResources: ({ needs, page, pageSize }) => {
      const hits = catalogue.filter((c) => c.needs.some((n) => needs.includes(n)));
      return { cards: hits.slice(page * pageSize, (page + 1) * pageSize), hasMore: hits.length > (page + 1) * pageSize };
    },
  };
}

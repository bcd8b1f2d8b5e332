import { describe, expect, it } from 'vitest';
import { fromOrukService } from './from-oruk-service.js';
import { parseOrukFeed } from './read-oruk-feed.js';

const base = {
  id: '5f0c6b1e-3d2a-4c8b-9e7f-1a2b3c4d5e6f',
  name: 'Test Service',
  status: 'active',
  url: 'https://example.org',
  alert: null,
  attributes: [{ id: '6a1d7c2f-4e3b-4d9c-8f80-2b3c4d5e6f70', taxonomy_term: { id: '7b2e8d3a-5f4c-4eab-9a91-3c4d5e6f7081', name: 'Debt advice', description: 'Debt' } }],
};
const settings = { feed: 'test', mapping: { notice: '', needsByTerm: { 'debt advice': ['money-debt' as const] } }, districtLocalities: { BD3: 'east' as const }, localityLabels: {}, today: '2026-12-01' };

function imported(overrides: object) {
  const { services, invalid } = parseOrukFeed([{ ...base, ...overrides }]);
  expect(invalid).toEqual([]);
  return fromOrukService(services[0]!, settings);
}

describe('reading an ORUK feed', () => {
  it('treats null as absent and lists invalid services by id with the fields at fault', () => {
    const { services, invalid } = parseOrukFeed({ contents: [base, { ...base, id: 'not-a-uuid', status: 'open' }] });
    expect(services).toHaveLength(1);
    expect(invalid).toEqual([expect.stringMatching(/^service not-a-uuid: id .*; status /)]);
  });

  it('maps cost words and amounts, and marks an unknown cost as paid with a warning', () => {
    const cost = (overrides: object) => {
      const result = imported(overrides);
      return 'entry' in result ? [result.entry.cost, result.warnings.filter((warning) => warning.includes('cost')).length] : result.skipped;
    };
    expect(cost({ cost_options: [{ id: '8c3f9e4b-6a5d-4fbc-8ba2-4d5e6f708192', amount: 0 }] })).toEqual(['free', 0]);
    expect(cost({ cost_options: [{ id: '8c3f9e4b-6a5d-4fbc-8ba2-4d5e6f708192', amount: 3, amount_description: 'subsidised' }] })).toEqual(['low-cost', 0]);
    expect(cost({ fees_description: '£5 a session' })).toEqual(['paid', 0]);
    expect(cost({})).toEqual(['paid', 1]);
  });

  it('places a service by its address postcode, and skips one with no https site, phone, email or address', () => {
    const located = imported({ service_at_locations: [{ id: '9d4a0f5c-7b6e-4acd-9cb3-5e6f708192a3', location: { id: 'ae5b1a6d-8c7f-4bde-8dc4-6f708192a3b4', location_type: 'physical', addresses: [{ id: 'bf6c2b7e-9d80-4cef-9ed5-708192a3b4c5', address_1: '1 Main Street', city: 'Bradford', state_province: 'West Yorkshire', postal_code: 'bd3 9aa', country: 'GB', address_type: 'physical' }] } }] });
    expect('entry' in located && [located.entry.scope, located.entry.localities, located.entry.address]).toEqual(['hub', ['east'], '1 Main Street, Bradford BD3 9AA']);
    expect(imported({ url: 'http://insecure.example.org' })).toEqual({ skipped: 'no phone, https website, email or address' });
  });
});

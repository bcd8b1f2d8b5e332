import { describe, expect, it } from 'vitest';
import { ResourceCard } from '../protocol/content.js';
import { LOCALITIES, NEEDS } from '../protocol/vocabulary.js';
import { loadCatalogue } from './load-catalogue.js';
import { toResourceCard } from './match-resources.js';

// The shipped data, checked the same way CI and server start will check it.
const catalogue = loadCatalogue();

describe('shipped catalogue', () => {
  it('validates and has at least 48 services', () => {
    expect(catalogue.entries.length).toBeGreaterThanOrEqual(48);
  });

  it('tells editors the Families Information Service must check it before live use', () => {
    expect(catalogue.notice).toMatch(/Families Information Service/);
  });

  it.each(NEEDS)('offers at least two services for %s', (need) => {
    expect(catalogue.entries.filter((entry) => entry.needs.includes(need)).length).toBeGreaterThanOrEqual(2);
  });

  it.each(LOCALITIES)('has a service local to the %s hub', (locality) => {
    const local = catalogue.entries.filter((entry) => entry.scope === 'hub' && entry.localities.includes(locality));
    expect(local.length).toBeGreaterThanOrEqual(1);
  });

  it('has general front doors for families who have not named a need', () => {
    expect(catalogue.entries.filter((entry) => entry.general).map((entry) => entry.id)).toContain('families-information-service');
  });

  it('maps every entry to a valid protocol ResourceCard', () => {
    for (const entry of catalogue.entries) expect(() => ResourceCard.parse(toResourceCard(entry))).not.toThrow();
  });
});

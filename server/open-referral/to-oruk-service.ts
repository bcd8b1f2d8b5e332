import type { Locality } from '../protocol/vocabulary.js';
import type { CatalogueEntry } from '../resources/index.js';
import { deliveryTerm, needTerm } from './front-door-taxonomies.js';
import { nameUuid } from './name-uuid.js';
import type { OrukAddress, OrukAttribute, OrukService, OrukServiceSummary } from './oruk-schema.js';

/** What the mapping needs from the deployment: English labels for needs and hub areas. */
export interface OrukLabels {
  needs: Readonly<Record<string, string>>;
  localities: Readonly<Record<string, string>>;
}

const POSTCODE_AT_END = /\s*([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/i;
const COST_OPTION: Record<CatalogueEntry['cost'], string> = { free: 'Free', 'low-cost': 'Low cost', paid: 'Paid' };

/** The ORUK id of an entry: the feed's own id for an imported one, else derived from ours. */
export function orukServiceId(entry: CatalogueEntry): string {
  return entry.source?.serviceId ?? nameUuid(`service:${entry.id}`);
}

/** The one-to-one fields, as a /services list page carries them. */
export function toOrukServiceSummary(entry: CatalogueEntry): OrukServiceSummary {
  const id = orukServiceId(entry);
  const summary: OrukServiceSummary = {
    id,
    organization_id: nameUuid(`organization:${entry.id}`),
    name: entry.name,
    description: entry.summary,
    status: 'active',
    // ORUK ages are whole years from 0; our -1 (pregnancy) is expressed as 0.
    minimum_age: Math.max(0, entry.ageMin),
    maximum_age: Math.max(0, entry.ageMax),
    assured_date: entry.lastChecked,
    last_modified: `${entry.lastChecked}T00:00:00.000Z`,
  };
  if (entry.website) summary.url = entry.website;
  if (entry.email) summary.email = entry.email;
  if (entry.referralCriteria) summary.eligibility_description = entry.referralCriteria;
  return summary;
}

/** A fully nested service for /services/{id}. */
export function toOrukService(entry: CatalogueEntry, labels: OrukLabels): OrukService {
  const summary = toOrukServiceSummary(entry);
  const id = summary.id;
  const child = (kind: string, key: string | number) => nameUuid(`${kind}:${entry.id}:${key}`);
  const service: OrukService = {
    ...summary,
    organization: { id: summary.organization_id!, name: entry.name, description: entry.summary, ...(entry.website ? { website: entry.website } : {}) },
    schedules: entry.schedule?.length
      ? entry.schedule.map((slot, index) => ({ id: child('schedule', index), service_id: id, freq: 'WEEKLY' as const, byday: slot.days.join(','), opens_at: slot.opens, closes_at: slot.closes, description: entry.openingHours }))
      : [{ id: child('schedule', 0), service_id: id, description: entry.openingHours }],
    service_areas: serviceAreas(entry, labels).map((name) => ({ id: child('area', name), service_id: id, name })),
    languages: entry.languages.map((code) => ({ id: child('language', code), service_id: id, code, name: englishLanguageName(code) })),
    cost_options: [{ id: child('cost', entry.cost), service_id: id, option: COST_OPTION[entry.cost], ...(entry.cost === 'free' ? { amount: 0, currency: 'GBP' } : {}) }],
    attributes: attributes(entry, id, labels),
  };
  if (entry.phone) service.phones = [{ id: child('phone', 0), number: entry.phone }];
  const address = entry.address ? toOrukAddress(entry.address, child('address', 0)) : undefined;
  if (address) {
    const locationId = child('location', 0);
    service.service_at_locations = [{ id: child('service-at-location', 0), service_id: id, location_id: locationId, location: { id: locationId, location_type: 'physical', name: entry.name, addresses: [{ ...address, location_id: locationId }] } }];
  }
  return service;
}

function attributes(entry: CatalogueEntry, serviceId: string, labels: OrukLabels): OrukAttribute[] {
  const terms = [...entry.needs.map((need) => needTerm(need, labels.needs[need] ?? need)), ...(entry.delivery ?? []).map(deliveryTerm)];
  return terms.map((term) => ({ id: nameUuid(`attribute:${entry.id}:${term.id}`), link_id: serviceId, link_type: 'service', link_entity: 'service', taxonomy_term_id: term.id, taxonomy_term: term }));
}

/** Hub services name their hub's area; the importer maps these names back to localities. */
function serviceAreas(entry: CatalogueEntry, labels: OrukLabels): string[] {
  if (entry.scope === 'national') return ['England'];
  if (entry.scope === 'district') return ['Bradford District'];
  return entry.localities.map((locality: Locality) => labels.localities[locality] ?? locality);
}

/** "Manor Row, Bradford BD1 4PB": the last comma part is the town and postcode. None without a postcode. */
function toOrukAddress(address: string, id: string): OrukAddress | undefined {
  const parts = address.split(',').map((part) => part.trim()).filter(Boolean);
  const last = parts.pop();
  const postcode = last?.match(POSTCODE_AT_END);
  if (!last || !postcode || parts.length === 0) return undefined;
  const city = last.slice(0, postcode.index).trim() || 'Bradford';
  return { id, address_1: parts.join(', '), city, state_province: 'West Yorkshire', postal_code: postcode[1]!.toUpperCase(), country: 'GB', address_type: 'physical' };
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function englishLanguageName(code: string): string {
  return languageNames.of(code) ?? code;
}

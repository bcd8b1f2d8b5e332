import { AGE_BANDS, LOCALITIES, type Locality, type Need } from '../protocol/vocabulary.js';
import { WEEKDAYS, type CatalogueEntry, type DeliveryMode, type OpeningSlot, type Weekday } from '../resources/index.js';
import { OWN_TERMS } from './front-door-taxonomies.js';
import type { OrukAddress, OrukService } from './oruk-schema.js';
import { needsForTerm, type TermMapping } from './term-mapping.js';

export interface ImportSettings {
  /** The feed address or file, recorded on every entry as its source. */
  feed: string;
  mapping: TermMapping;
  /** Postcode district ("BD7") to hub locality, from config/hubs.json. */
  districtLocalities: Readonly<Record<string, Locality>>;
  /** English hub names ("West Family Hub") that our own feed uses as service-area names. */
  localityLabels: Readonly<Record<string, string>>;
  /** Today (YYYY-MM-DD), for services that never say when they were checked. */
  today: string;
}

export type ImportedService = { entry: CatalogueEntry; warnings: string[] } | { skipped: string };

const AGE_CEILING = AGE_BANDS['19-25'].max;
const NATIONAL_AREAS = new Set(['england', 'united kingdom', 'uk', 'great britain', 'national']);
const ATTENDING: Record<string, DeliveryMode> = { 'in person': 'in-person', 'in-person': 'in-person', venue: 'in-person', online: 'online', virtual: 'online', phone: 'phone', telephone: 'phone' };

/**
 * Maps one ORUK service to a catalogue entry, or says why it cannot be offered to families: not
 * active, adults only, no term that maps to a need, or no way to reach it. Warnings name guesses
 * (no cost given, never checked) so whoever runs the import can fix the feed.
 */
export function fromOrukService(service: OrukService, settings: ImportSettings): ImportedService {
  if (service.status !== 'active') return { skipped: `status is ${service.status}` };
  const terms = (service.attributes ?? []).flatMap((attribute) => (attribute.taxonomy_term ? [attribute.taxonomy_term] : []));
  const needs = new Set<Need>();
  const delivery = new Set<DeliveryMode>();
  for (const term of terms) {
    const own = OWN_TERMS.get(term.id);
    if (own && 'need' in own) needs.add(own.need);
    else if (own) delivery.add(own.delivery);
    else for (const need of needsForTerm(settings.mapping, term)) needs.add(need);
  }
  if (needs.size === 0) return { skipped: 'no taxonomy term maps to a Front Door need' };
  const ageMin = service.minimum_age ?? AGE_BANDS.unborn.min;
  if (ageMin > AGE_CEILING) return { skipped: `for ages ${ageMin} and over only` };
  const ageMax = Math.min(AGE_CEILING, service.maximum_age ?? AGE_CEILING);

  const warnings: string[] = [];
  const locations = (service.service_at_locations ?? []).flatMap((link) => (link.location ? [link.location] : []));
  const address = locations.flatMap((location) => location.addresses ?? []).find((candidate) => candidate.address_type === 'physical');
  const phone = ukPhone(service.phones?.[0]?.number ?? locations.flatMap((location) => location.phones ?? [])[0]?.number);
  const website = service.url?.startsWith('https://') ? service.url : undefined;
  if (!phone && !website && !service.email && !address) return { skipped: 'no phone, https website, email or address' };

  for (const schedule of service.schedules ?? []) {
    const mode = ATTENDING[schedule.attending_type?.trim().toLowerCase() ?? ''];
    if (mode) delivery.add(mode);
  }
  if (locations.some((location) => location.location_type === 'physical')) delivery.add('in-person');
  if (locations.some((location) => location.location_type === 'virtual')) delivery.add('online');

  const schedule = weeklySlots(service);
  const { scope, localities } = reach(service, address, settings);
  const lastChecked = service.assured_date ?? service.last_modified?.slice(0, 10);
  if (!lastChecked) warnings.push('no assured_date or last_modified: marked as checked today');

  const entry: CatalogueEntry = {
    id: entryId(service.name, service.id),
    name: service.name.trim(),
    summary: clip(service.description?.trim() || service.name, 300),
    needs: [...needs],
    ageMin,
    ageMax,
    scope,
    localities,
    languages: languageTags(service),
    interpreting: false,
    general: false,
    openingHours: clip(service.schedules?.find((s) => s.description?.trim())?.description?.trim() ?? describeSlots(schedule), 200),
    cost: cost(service, warnings),
    continuum: 'getting-advice',
    lastChecked: lastChecked ?? settings.today,
    source: { kind: 'open-referral', feed: settings.feed, serviceId: service.id },
  };
  if (schedule.length > 0) entry.schedule = schedule;
  if (delivery.size > 0) entry.delivery = [...delivery];
  if (service.eligibility_description?.trim()) entry.referralCriteria = clip(service.eligibility_description.trim(), 300);
  if (phone) entry.phone = phone;
  if (website) entry.website = website;
  if (service.email) entry.email = service.email;
  if (address) entry.address = formatAddress(address);
  return { entry, warnings };
}

/** A kebab-case id that stays the same on every import of the same service. */
function entryId(name: string, serviceId: string): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return `${slug || 'service'}-${serviceId.slice(0, 8).toLowerCase()}`;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** Weekly rules with days and times; monthly or open-ended rules stay as their description. */
function weeklySlots(service: OrukService): OpeningSlot[] {
  return (service.schedules ?? []).flatMap((schedule) => {
    if ((schedule.freq && schedule.freq !== 'WEEKLY') || !schedule.byday || !schedule.opens_at || !schedule.closes_at) return [];
    const days = [...new Set(schedule.byday.split(',').map((day) => day.replace(/^[+-]?\d+/, '') as Weekday))].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
    const opens = schedule.opens_at.slice(0, 5);
    const closes = schedule.closes_at.slice(0, 5);
    return opens < closes ? [{ days, opens, closes }] : [];
  });
}

function describeSlots(slots: readonly OpeningSlot[]): string {
  if (slots.length === 0) return 'Contact the service for times';
  return slots.map((slot) => `${slot.days.join(', ')} ${slot.opens}–${slot.closes}`).join('; ');
}

function reach(service: OrukService, address: OrukAddress | undefined, settings: ImportSettings): Pick<CatalogueEntry, 'scope' | 'localities'> {
  const areas = (service.service_areas ?? []).map((area) => area.name?.trim().toLowerCase() ?? '');
  if (areas.some((area) => NATIONAL_AREAS.has(area))) return { scope: 'national', localities: [...LOCALITIES] };
  const byArea = LOCALITIES.filter((locality) => areas.includes(locality) || areas.includes((settings.localityLabels[locality] ?? '').toLowerCase()));
  if (byArea.length > 0 && byArea.length < LOCALITIES.length) return { scope: 'hub', localities: byArea };
  const district = address?.postal_code.trim().toUpperCase().split(/\s+/)[0];
  const byPostcode = district ? settings.districtLocalities[district] : undefined;
  // A local feed's service with no area is open to the whole district, not hidden from everyone.
  if (byPostcode && areas.length === 0) return { scope: 'hub', localities: [byPostcode] };
  return { scope: 'district', localities: [...LOCALITIES] };
}

function languageTags(service: OrukService): string[] {
  const tags = (service.languages ?? []).flatMap((language) => {
    if (!language.code) return [];
    try {
      return Intl.getCanonicalLocales(language.code.trim());
    } catch {
      return [];
    }
  });
  return tags.length > 0 ? [...new Set(tags)] : ['en'];
}

function cost(service: OrukService, warnings: string[]): CatalogueEntry['cost'] {
  const options = service.cost_options ?? [];
  const words = [...options.flatMap((option) => [option.option, option.amount_description]), service.fees_description].join(' ').toLowerCase();
  if (/low[ -]cost|subsidi[sz]ed|concession/.test(words)) return 'low-cost';
  if (options.some((option) => (option.amount ?? 0) > 0) || /£\s*[1-9]|\bpaid\b|\bcharges?\b/.test(words)) return 'paid';
  if (options.some((option) => option.amount === 0) || /\bfree\b/.test(words)) return 'free';
  // Unknown cost is shown as paid, so a family filtering for free services is never misled.
  warnings.push('no cost options or fees description: marked as paid');
  return 'paid';
}

/** Digits and single spaces, as the catalogue stores numbers; anything else is dropped. */
function ukPhone(number: string | undefined): string | undefined {
  const cleaned = number?.replace(/[^\d+ ]/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned && /^\+?\d+( \d+)*$/.test(cleaned) ? cleaned : undefined;
}

function formatAddress(address: OrukAddress): string {
  const lines = [address.address_1, address.address_2].filter((line): line is string => Boolean(line?.trim()));
  return `${lines.join(', ')}, ${address.city} ${address.postal_code.toUpperCase()}`;
}

import { z } from 'zod';

/**
 * The Open Referral UK profile of HSDS 3.0, written from the published specification
 * (github.com/openreferral/uk-profile, schema/*.json and schema/openapi.json): the tables a
 * Families Information Service directory needs, with the profile's required fields, types and
 * enumerations. Unknown fields are dropped on parse, so a richer feed still imports. Feeds often
 * send null for an absent field; `dropNulls` (parse-oruk.ts) removes those before parsing.
 */

const Uuid = z.uuid();
const Text = z.string().max(10_000);
const Uri = z.url().max(2_000);
/** ORUK dates are ISO 8601 calendar dates. */
const IsoDate = z.iso.date();

export const OrukTaxonomyTerm = z.object({
  id: Uuid,
  name: Text.min(1),
  description: Text,
  parent_id: Uuid.optional(),
  taxonomy: Text.optional(),
  taxonomy_id: Uuid.optional(),
  term_uri: Uri.optional(),
  code: Text.optional(),
  term: Text.optional(),
});
export type OrukTaxonomyTerm = z.infer<typeof OrukTaxonomyTerm>;

export const OrukTaxonomy = z.object({
  id: Uuid,
  name: Text.min(1),
  description: Text,
  uri: Uri.optional(),
  version: Text.optional(),
  taxonomy_terms: z.array(OrukTaxonomyTerm).max(1_000).optional(),
});
export type OrukTaxonomy = z.infer<typeof OrukTaxonomy>;

/** Links a service (or location, organisation) to a taxonomy term: how ORUK classifies services. */
export const OrukAttribute = z.object({
  id: Uuid,
  link_id: Uuid.optional(),
  taxonomy_term_id: Uuid.optional(),
  link_type: Text.optional(),
  link_entity: Text.optional(),
  value: Text.optional(),
  taxonomy_term: OrukTaxonomyTerm.optional(),
});
export type OrukAttribute = z.infer<typeof OrukAttribute>;

/** HSDS core adds name and code (ISO 639 / BCP 47) to the profile's ids. */
export const OrukLanguage = z.object({
  id: Uuid,
  service_id: Uuid.optional(),
  phone_id: Uuid.optional(),
  name: Text.optional(),
  code: z.string().max(35).optional(),
  note: Text.optional(),
});
export type OrukLanguage = z.infer<typeof OrukLanguage>;

export const OrukCostOption = z.object({
  id: Uuid,
  service_id: Uuid.optional(),
  valid_from: IsoDate.optional(),
  valid_to: IsoDate.optional(),
  option: Text.optional(),
  amount: z.number().nonnegative().optional(),
  currency: z.string().length(3).optional(),
  amount_description: Text.optional(),
});
export type OrukCostOption = z.infer<typeof OrukCostOption>;

/** RFC 5545 BYDAY codes, comma separated ("MO,TU,WE"); a count prefix ("1MO") is for monthly rules. */
const ByDay = z.string().regex(/^([+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU))(,[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU))*$/, 'byday must be RFC 5545 day codes, e.g. "MO,TU"');
/** "09:00", "09:00:00" or with a zone ("09:00:00Z"): the profile's opens_at / closes_at are times of day. */
const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:?\d{2})?$/, 'time must be HH:MM or HH:MM:SS');

export const OrukSchedule = z.object({
  id: Uuid,
  service_id: Uuid.optional(),
  service_at_location_id: Uuid.optional(),
  valid_from: IsoDate.optional(),
  valid_to: IsoDate.optional(),
  dtstart: Text.optional(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
  interval: z.number().int().positive().optional(),
  byday: ByDay.optional(),
  bymonthday: Text.optional(),
  description: Text.optional(),
  opens_at: TimeOfDay.optional(),
  closes_at: TimeOfDay.optional(),
  schedule_link: Uri.optional(),
  attending_type: Text.optional(),
  notes: Text.optional(),
});
export type OrukSchedule = z.infer<typeof OrukSchedule>;

const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;

export const OrukAddress = z.object({
  id: Uuid,
  location_id: Uuid.optional(),
  attention: Text.optional(),
  address_1: Text.min(1),
  address_2: Text.optional(),
  city: Text.min(1),
  region: Text.optional(),
  state_province: Text,
  postal_code: z.string().max(16),
  country: z.string().max(3),
  address_type: z.enum(LOCATION_TYPES),
});
export type OrukAddress = z.infer<typeof OrukAddress>;

export const OrukPhone = z.object({
  id: Uuid,
  number: z.string().min(1).max(40),
  extension: z.string().max(20).optional(),
  type: Text.optional(),
  description: Text.optional(),
});
export type OrukPhone = z.infer<typeof OrukPhone>;

export const OrukLocation = z.object({
  id: Uuid,
  location_type: z.enum(LOCATION_TYPES),
  name: Text.optional(),
  description: Text.optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  addresses: z.array(OrukAddress).max(20).optional(),
  phones: z.array(OrukPhone).max(20).optional(),
});
export type OrukLocation = z.infer<typeof OrukLocation>;

export const OrukServiceAtLocation = z.object({
  id: Uuid,
  service_id: Uuid.optional(),
  location_id: Uuid.optional(),
  location: OrukLocation.optional(),
});

export const OrukServiceArea = z.object({
  id: Uuid,
  service_id: Uuid.optional(),
  name: Text.optional(),
  extent: Text.optional(),
  extent_type: Text.optional(),
  uri: Text.optional(),
});

export const OrukOrganization = z.object({
  id: Uuid,
  name: Text.min(1),
  description: Text,
  email: z.email().optional(),
  website: Uri.optional(),
  uri: Uri.optional(),
});
export type OrukOrganization = z.infer<typeof OrukOrganization>;

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

/** The one-to-one fields of a service: what a /services list page carries. */
export const OrukServiceSummary = z.object({
  id: Uuid,
  organization_id: Uuid.optional(),
  name: Text.min(1),
  description: Text.optional(),
  url: Uri.optional(),
  email: z.email().optional(),
  status: z.enum(SERVICE_STATUSES),
  fees_description: Text.optional(),
  eligibility_description: Text.optional(),
  minimum_age: z.number().min(0).max(150).optional(),
  maximum_age: z.number().min(0).max(150).optional(),
  assured_date: IsoDate.optional(),
  last_modified: z.iso.datetime({ offset: true }).optional(),
  organization: OrukOrganization.optional(),
});
export type OrukServiceSummary = z.infer<typeof OrukServiceSummary>;

/** A fully nested service, as /services/{id} returns it. */
export const OrukService = OrukServiceSummary.extend({
  schedules: z.array(OrukSchedule).max(100).optional(),
  service_areas: z.array(OrukServiceArea).max(100).optional(),
  service_at_locations: z.array(OrukServiceAtLocation).max(100).optional(),
  languages: z.array(OrukLanguage).max(200).optional(),
  cost_options: z.array(OrukCostOption).max(50).optional(),
  phones: z.array(OrukPhone).max(20).optional(),
  attributes: z.array(OrukAttribute).max(200).optional(),
});
export type OrukService = z.infer<typeof OrukService>;

/** The paging header every ORUK list endpoint carries, around its `contents`. */
export function orukPage<T extends z.ZodType>(item: T) {
  return z.object({
    total_items: z.number().int().nonnegative(),
    total_pages: z.number().int().nonnegative(),
    page_number: z.number().int().positive(),
    size: z.number().int().nonnegative(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });
}

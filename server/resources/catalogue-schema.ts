import { z } from 'zod';
import { AGE_BANDS, LOCALITIES, NEEDS } from '../protocol/vocabulary.js';

/** Youngest and oldest ages the catalogue can describe, taken from the protocol's age bands. */
const AGE_FLOOR = AGE_BANDS.unborn.min;
const AGE_CEILING = AGE_BANDS['19-25'].max;

const Age = z.number().int().min(AGE_FLOOR).max(AGE_CEILING);

/** A BCP 47 tag as Intl understands it, so the matcher can compare primary subtags safely. */
const LanguageTag = z.string().refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { message: 'not a BCP 47 language tag' },
);

/** UK numbers as people dial them ("0808 2000 247", "116 123"): digits and single spaces. */
const Phone = z.string().regex(/^\+?\d+( \d+)*$/, 'phone must be digits and spaces, e.g. "0808 2000 247"');

/** Days as RFC 5545 spells them (ORUK schedules use the same codes), Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM (24-hour)');

/** One weekly opening: the same hours on each of `days`. Rendered per locale, never as English text. */
export const OpeningSlot = z
  .object({
    days: z.array(z.enum(WEEKDAYS)).min(1).max(7),
    opens: ClockTime,
    closes: ClockTime,
  })
  .refine((slot) => slot.opens < slot.closes, { message: 'closes must be after opens', path: ['closes'] });
export type OpeningSlot = z.infer<typeof OpeningSlot>;

/** How a family can use the service. */
export const DELIVERY_MODES = ['in-person', 'online', 'phone'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** Where an imported entry came from, so the next import of the same feed replaces it. */
export const EntrySource = z.object({
  kind: z.literal('open-referral'),
  /** The feed's address or file name, as given to `npm run directory:import`. */
  feed: z.string().trim().min(1).max(500),
  serviceId: z.uuid(),
});
export type EntrySource = z.infer<typeof EntrySource>;

function hasNoDuplicates(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

export const CatalogueEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case'),
    name: z.string().trim().min(1),
    summary: z.string().trim().min(1).max(300),
    needs: z.array(z.enum(NEEDS)).min(1).refine(hasNoDuplicates, 'needs repeat'),
    /** Ages of the children the service helps, in years; -1 means pregnancy. */
    ageMin: Age,
    ageMax: Age,
    scope: z.enum(['hub', 'district', 'national']),
    localities: z.array(z.enum(LOCALITIES)).min(1).refine(hasNoDuplicates, 'localities repeat'),
    /** Languages the service offers directly; interpreting on request is a separate flag. */
    languages: z.array(LanguageTag).min(1),
    interpreting: z.boolean().default(false),
    /** Offered when a family has not named a need yet (Family Hubs, FIS). */
    general: z.boolean().default(false),
    phone: Phone.optional(),
    website: z.url({ protocol: /^https$/, message: 'website must be an https:// address' }).optional(),
    email: z.email().optional(),
    address: z.string().trim().min(1).optional(),
    openingHours: z.string().trim().min(1),
    /** Structured weekly hours; when present, clients render these per locale instead of openingHours. */
    schedule: z.array(OpeningSlot).max(14).optional(),
    delivery: z.array(z.enum(DELIVERY_MODES)).min(1).refine(hasNoDuplicates, 'delivery repeats').optional(),
    /** Who can use it and how to get in (self-referral, GP referral, ...): shown before a family travels. */
    referralCriteria: z.string().trim().min(1).max(300).optional(),
    cost: z.enum(['free', 'low-cost', 'paid']),
    /** Only Getting Advice is offered straight to families; other levels go through a practitioner. */
    continuum: z.literal('getting-advice'),
    lastChecked: z.iso.date(),
    source: EntrySource.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.ageMin > entry.ageMax) {
      ctx.addIssue({ code: 'custom', path: ['ageMax'], message: `ageMax ${entry.ageMax} is below ageMin ${entry.ageMin}` });
    }
    // Hub scope is what "local to you" means, so district and national services must reach everyone.
    if (entry.scope !== 'hub' && entry.localities.length !== LOCALITIES.length) {
      ctx.addIssue({ code: 'custom', path: ['localities'], message: `a ${entry.scope} service must list all ${LOCALITIES.length} localities` });
    }
    if (!entry.phone && !entry.website && !entry.email && !entry.address) {
      ctx.addIssue({ code: 'custom', path: ['website'], message: 'give at least one way to reach the service' });
    }
  });
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

export const Catalogue = z
  .object({
    /** Reminder that the data must be verified by the Families Information Service before live use. */
    notice: z.string().trim().min(1),
    entries: z.array(CatalogueEntry).min(1),
  })
  .superRefine((catalogue, ctx) => {
    const seen = new Set<string>();
    catalogue.entries.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: `duplicate id "${entry.id}"` });
      }
      seen.add(entry.id);
    });
  });
export type Catalogue = z.infer<typeof Catalogue>;

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
    cost: z.enum(['free', 'low-cost', 'paid']),
    /** Only Getting Advice is offered straight to families; other levels go through a practitioner. */
    continuum: z.literal('getting-advice'),
    lastChecked: z.iso.date(),
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

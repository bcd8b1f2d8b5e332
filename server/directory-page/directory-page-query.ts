import { z } from 'zod';
import { AGE_BAND_IDS, LOCALITIES, NEEDS, type AgeBand } from '../protocol/vocabulary.js';
import { DELIVERY_MODES } from '../resources/index.js';

/** Every choice on the page is optional; an empty select sends "" which means "any". */
const anyOr = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(['', ...values] as [string, ...string[]])
    .optional()
    .transform((value) => (value ? (value as T[number]) : undefined));

/** The /directory query string, bounded: a link typed or shared by anyone lands here. */
export const DirectoryPageQuery = z.object({
  lang: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/)
    .optional()
    .catch(undefined),
  q: z.string().trim().max(100).optional(),
  need: anyOr(NEEDS),
  age: anyOr(AGE_BAND_IDS as [AgeBand, ...AgeBand[]]),
  locality: anyOr(LOCALITIES),
  cost: anyOr(['free', 'low-cost', 'paid'] as const),
  language: z
    .string()
    .regex(/^([a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3})?$/)
    .optional(),
  delivery: anyOr(DELIVERY_MODES),
  page: z.coerce.number().int().min(1).max(1_000).default(1),
});
export type DirectoryPageQuery = z.infer<typeof DirectoryPageQuery>;

import type { z } from 'zod';
import { UnprocessableError } from '../domain-errors.js';

/** Verbs check their own input too (not only the route), and refuse it as a typed error. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new UnprocessableError(result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '));
}

import type { Context } from 'hono';
import type { z } from 'zod';

/** Validates the query string; a bad one gets a 400 that says exactly what is wrong. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): { ok: true; data: z.infer<S> } | { ok: false; response: Response } {
  const result = schema.safeParse(c.req.query());
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return { ok: false, response: c.json({ error: 'Invalid query.', issues }, 400) };
}

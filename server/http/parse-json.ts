import type { Context } from 'hono';
import type { z } from 'zod';

/** Reads and validates a JSON body; a bad one gets a 400 that says exactly what is wrong. */
export async function parseJson<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return { ok: false, response: c.json({ error: 'The body must be JSON.' }, 400) };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return { ok: false, response: c.json({ error: 'Invalid request body.', issues }, 400) };
}

import type { Context } from 'hono';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../domain-errors.js';

/** Maps a verb's typed failure to an HTTP status; anything else is left to the app's 500 handler. */
export function errorResponse(c: Context, error: unknown): Response {
  if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
  if (error instanceof ForbiddenError) return c.json({ error: error.message }, 403);
  if (error instanceof ConflictError) return c.json({ error: error.message }, 409);
  if (error instanceof UnprocessableError) return c.json({ error: error.message }, 422);
  throw error;
}

import type { Context, ErrorHandler } from 'hono';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../domain-errors.js';
import { describeError, processLogger, type Logger } from '../logging/index.js';

/**
 * The one place a verb's typed failure becomes an HTTP status (app.onError calls it for every
 * route); undefined for anything else, which is a 500.
 */
export function domainErrorResponse(c: Context, error: unknown): Response | undefined {
  if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
  if (error instanceof ForbiddenError) return c.json({ error: error.message }, 403);
  if (error instanceof ConflictError) return c.json({ error: error.message }, 409);
  if (error instanceof UnprocessableError) return c.json({ error: error.message }, 422);
  return undefined;
}

/** The app's error handler: typed failures answer with their status, anything else is logged and a 500. */
export const respondToError: ErrorHandler = (error, c) => {
  const refused = domainErrorResponse(c, error);
  if (refused) return refused;
  const log = (c.get('log') as Logger | undefined) ?? processLogger();
  log.error({ err: describeError(error) }, 'request failed');
  return c.json({ error: 'internal error' }, 500);
};

import type { z } from 'zod';
import { ConflictError, ForbiddenError, LimitError, NotFoundError, UnprocessableError } from '../domain-errors.js';
import { describeError, processLogger } from '../logging/index.js';
import type { ErrorCode } from '../protocol/index.js';

export type ParsedFrame<T> = { ok: true; frame: T } | { ok: false; code: 'bad-frame' | 'too-long'; message: string; clientMessageId?: string };

/** Parses one incoming frame against a protocol schema; says what is wrong in plain words. */
export function parseFrame<S extends z.ZodType>(schema: S, raw: unknown): ParsedFrame<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(String(raw));
  } catch {
    return { ok: false, code: 'bad-frame', message: 'Frames must be JSON objects.' };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, frame: result.data };
  const issues = result.error.issues.map((i) => `${i.path.join('.') || 'frame'}: ${i.message}`).join('; ');
  // An over-long message gets its own code so the widget can tell the family what to change.
  const tooLong = result.error.issues.some((i) => i.code === 'too_big' && i.path[0] === 'text');
  const id = clientMessageIdOf(json);
  return { ok: false, code: tooLong ? 'too-long' : 'bad-frame', message: `Invalid frame: ${issues}`, ...(id ? { clientMessageId: id } : {}) };
}

/** The clientMessageId of a frame that failed validation, when it is a plausible one, so the client can settle it. */
export function clientMessageIdOf(json: unknown): string | undefined {
  const id = (json as { clientMessageId?: unknown } | null)?.clientMessageId;
  return typeof id === 'string' && id.length >= 8 && id.length <= 64 ? id : undefined;
}

/** Reads only the clientMessageId of a raw frame (for refusals made before parsing). */
export function rawClientMessageId(raw: unknown): string | undefined {
  try {
    return clientMessageIdOf(JSON.parse(String(raw)));
  } catch {
    return undefined;
  }
}

/** Maps a verb's typed failure to an error frame; anything unexpected is logged and kept vague. */
export function errorFrame(error: unknown, clientMessageId?: string): { type: 'error'; code: ErrorCode; message: string; clientMessageId?: string } {
  const ids = clientMessageId ? { clientMessageId } : {};
  if (error instanceof NotFoundError) return { type: 'error', code: 'not-found', message: error.message, ...ids };
  if (error instanceof ForbiddenError) return { type: 'error', code: 'forbidden', message: error.message, ...ids };
  if (error instanceof ConflictError) return { type: 'error', code: 'conflict', message: error.message, ...ids };
  if (error instanceof UnprocessableError) return { type: 'error', code: 'unprocessable', message: error.message, ...ids };
  if (error instanceof LimitError) return { type: 'error', code: error.limit, message: error.message, ...ids };
  processLogger().error({ err: describeError(error) }, 'socket handler failed');
  return { type: 'error', code: 'internal', message: 'Something went wrong on our side. Your message was not lost; please try again.', ...ids };
}

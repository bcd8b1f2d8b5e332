import type { WebSocket } from 'ws';
import type { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../domain-errors.js';
import { describeError, processLogger } from '../logging/index.js';
import type { ErrorCode } from '../protocol/index.js';

export type ParsedFrame<T> = { ok: true; frame: T } | { ok: false; message: string };

/** Parses one incoming frame against a protocol schema; says what is wrong in plain words. */
export function parseFrame<S extends z.ZodType>(schema: S, raw: unknown): ParsedFrame<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(String(raw));
  } catch {
    return { ok: false, message: 'Frames must be JSON objects.' };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, frame: result.data };
  const issues = result.error.issues.map((i) => `${i.path.join('.') || 'frame'}: ${i.message}`).join('; ');
  return { ok: false, message: `Invalid frame: ${issues}` };
}

export function send(socket: WebSocket, frame: object): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

/** Maps a verb's typed failure to an error frame; anything unexpected is logged and kept vague. */
export function errorFrame(error: unknown, clientMessageId?: string): { type: 'error'; code: ErrorCode; message: string; clientMessageId?: string } {
  const ids = clientMessageId ? { clientMessageId } : {};
  if (error instanceof NotFoundError) return { type: 'error', code: 'not-found', message: error.message, ...ids };
  if (error instanceof ForbiddenError) return { type: 'error', code: 'forbidden', message: error.message, ...ids };
  if (error instanceof ConflictError) return { type: 'error', code: 'conflict', message: error.message, ...ids };
  if (error instanceof UnprocessableError) return { type: 'error', code: 'unprocessable', message: error.message, ...ids };
  processLogger().error({ err: describeError(error) }, 'socket handler failed');
  return { type: 'error', code: 'internal', message: 'Something went wrong on our side. Your message was not lost; please try again.', ...ids };
}

/** A small token bucket per socket, so one client cannot flood the server. */
export function rateLimiter(perSecond: number, burst: number, now: () => number = Date.now): () => boolean {
  let tokens = burst;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

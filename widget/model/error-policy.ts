import type { ErrorCode } from '../../server/protocol/index.js';

/** Errors that resending cannot fix. */
const PERMANENT: readonly ErrorCode[] = ['bad-frame', 'unprocessable', 'forbidden', 'not-found', 'conflict', 'too-long'];
/** Transient errors are retried this many times before the frame is given up on. */
export const MAX_RETRIES = 3;

export type ErrorDecision =
  /** The stored conversation was refused before it was ready: forget it and start a fresh one. */
  | 'start-fresh'
  /** Drop the frame from the outbox and tell the family. */
  | 'drop'
  /** Keep the frame and send it again shortly. */
  | 'retry'
  /** The server is pacing this device: hold every frame and resend the outbox, in order, later. */
  | 'hold'
  /** Nothing to resend: just tell the family. */
  | 'notice';

export interface ErrorContext {
  ready: boolean;
  hasSession: boolean;
  /** A fresh start was already tried on this connection (stops a loop). */
  freshTried: boolean;
  /** How many times this frame has already failed. */
  failures: number;
}

/** What to do with an `error` frame from the server. Pure, so the policy is easy to read and test. */
export function decideOnError(code: ErrorCode, clientMessageId: string | undefined, context: ErrorContext): ErrorDecision {
  // Being asked to slow down says nothing against the frame: it is never given up on.
  if (code === 'rate-limited') return 'hold';
  if (!clientMessageId) {
    return !context.ready && context.hasSession && !context.freshTried && PERMANENT.includes(code) ? 'start-fresh' : 'notice';
  }
  if (PERMANENT.includes(code) || context.failures + 1 >= MAX_RETRIES) return 'drop';
  return 'retry';
}

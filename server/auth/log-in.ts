import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import { staff } from '../db/schema.js';
import { GateBusyError } from '../security/concurrency-gate.js';
import { releaseAttempt, reserveAttempt, settleAttempt } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import { createSession, sessionHandle, type StaffRow } from './sessions.js';

export class LoginRefusedError extends Error {
  constructor(
    readonly reason: 'bad-credentials' | 'throttled' | 'busy',
    /** Seconds to wait before trying again (throttled and busy only). */
    readonly retryAfterSeconds = 0,
  ) {
    super(
      reason === 'bad-credentials'
        ? 'Username or password is not right.'
        : reason === 'throttled'
          ? `Too many attempts. Try again in ${retryAfterSeconds} seconds.`
          : 'The server is busy. Try again in a moment.',
    );
  }
}

export interface LoginClient {
  ip: string;
  /** A short summary ("Firefox on Windows"), kept with the session and in the audit log. */
  userAgent: string;
}

// Compared against when the username is unknown, so both paths take the same time.
const dummyHash = hashPassword('not-a-real-password');

const ANONYMOUS = { id: 'anonymous', role: 'anonymous' };

/**
 * Signs a member of staff in. The attempt is reserved against the throttle before the password is
 * checked, the check runs under the process-wide scrypt gate, and every outcome is audited.
 */
export async function logIn(ctx: AppContext, input: { username: string; password: string }, client: LoginClient) {
  const username = input.username.toLowerCase();
  const seen = { username, ip: client.ip, userAgent: client.userAgent };
  const reservation = reserveAttempt(ctx.db, username, client.ip, ctx.now());
  if (!reservation.ok) {
    recordAudit(ctx.db, ANONYMOUS, 'auth.login.throttled', { type: 'login', id: username }, ctx.now(), { ...seen, scope: reservation.scope, retryAfterSeconds: reservation.retryAfterSeconds });
    throw new LoginRefusedError('throttled', reservation.retryAfterSeconds);
  }
  const account = ctx.db.select().from(staff).where(eq(staff.username, username)).get();
  let ok: boolean;
  try {
    ok = await ctx.security.passwordGate.run(async () => verifyPassword(input.password, account?.passwordHash ?? (await dummyHash)));
  } catch (error) {
    releaseAttempt(ctx.db, reservation.attemptId);
    if (!(error instanceof GateBusyError)) throw error;
    recordAudit(ctx.db, ANONYMOUS, 'auth.login.throttled', { type: 'login', id: username }, ctx.now(), { ...seen, scope: 'server-busy', retryAfterSeconds: 1 });
    throw new LoginRefusedError('busy', 1);
  }
  const now = ctx.now();
  if (!account || !ok) {
    ctx.db.transaction(() => {
      settleAttempt(ctx.db, reservation.attemptId, 'failed');
      recordAudit(ctx.db, account ?? ANONYMOUS, 'auth.login.failed', { type: 'login', id: username }, now, { ...seen, knownAccount: Boolean(account) });
    });
    throw new LoginRefusedError('bad-credentials');
  }
  const session = ctx.db.transaction(() => {
    settleAttempt(ctx.db, reservation.attemptId, 'ok');
    const created = createSession(ctx.db, account.id, now, { maxMs: ctx.security.options.sessionMaxMs, userAgent: client.userAgent });
    recordAudit(ctx.db, account, 'auth.login.succeeded', { type: 'staff', id: account.id }, now, { ...seen, session: sessionHandle(created.sessionId) });
    return created;
  });
  return { account, ...session };
}

export function publicStaff(account: StaffRow) {
  return {
    id: account.id,
    displayName: account.displayName,
    role: account.role,
    locality: account.locality,
    languages: account.languages,
  };
}

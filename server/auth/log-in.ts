import { eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import { firstRow } from '../db/index.js';
import { staff } from '../db/tables.js';
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
const dummyHash = await hashPassword('not-a-real-password');

const ANONYMOUS = { id: 'anonymous', role: 'anonymous' };

/**
 * Signs a member of staff in. The attempt is reserved against the throttle before the password is
 * checked, the check runs under the process-wide scrypt gate, and every outcome is audited.
 */
export async function logIn(ctx: AppContext, input: { username: string; password: string }, client: LoginClient) {
  const username = input.username.toLowerCase();
  const seen = { username, ip: client.ip, userAgent: client.userAgent };
  const reservation = await ctx.store.transaction(async (tx) => {
    const reserved = await reserveAttempt(tx, username, client.ip, ctx.now());
    if (!reserved.ok) {
      await recordAudit(tx, ANONYMOUS, 'auth.login.throttled', { type: 'login', id: username }, ctx.now(), { ...seen, scope: reserved.scope, retryAfterSeconds: reserved.retryAfterSeconds });
    }
    return reserved;
  });
  if (!reservation.ok) throw new LoginRefusedError('throttled', reservation.retryAfterSeconds);
  const account = firstRow(await ctx.db.select().from(staff).where(eq(staff.username, username)));
  let ok: boolean;
  try {
    ok = await ctx.security.passwordGate.run(async () => verifyPassword(input.password, account?.passwordHash ?? (await dummyHash)));
  } catch (error) {
    await ctx.store.transaction(async (tx) => {
      await releaseAttempt(tx, reservation.attemptId);
      if (error instanceof GateBusyError) {
        await recordAudit(tx, ANONYMOUS, 'auth.login.throttled', { type: 'login', id: username }, ctx.now(), { ...seen, scope: 'server-busy', retryAfterSeconds: 1 });
      }
    });
    if (!(error instanceof GateBusyError)) throw error;
    throw new LoginRefusedError('busy', 1);
  }
  const now = ctx.now();
  if (!account || !ok) {
    await ctx.store.transaction(async (tx) => {
      await settleAttempt(tx, reservation.attemptId, 'failed');
      await recordAudit(tx, account ?? ANONYMOUS, 'auth.login.failed', { type: 'login', id: username }, now, { ...seen, knownAccount: Boolean(account) });
    });
    throw new LoginRefusedError('bad-credentials');
  }
  const session = await ctx.store.transaction(async (tx) => {
    await settleAttempt(tx, reservation.attemptId, 'ok');
    const created = await createSession(tx, account.id, now, { maxMs: ctx.security.options.sessionMaxMs, userAgent: client.userAgent });
    await recordAudit(tx, account, 'auth.login.succeeded', { type: 'staff', id: account.id }, now, { ...seen, session: sessionHandle(created.sessionId) });
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

import { and, desc, eq, gt, inArray, lt } from 'drizzle-orm';
import { serialiseOn, type Tx } from '../db/index.js';
import { loginAttempts } from '../db/tables.js';

/**
 * Throttling, not lockout: past a few free failures each further attempt must wait twice as long
 * as the last, so guessing becomes slow while the real person, who stops after a typo or two, is
 * never shut out. Three scopes:
 * - this account from this address: the attacker's own address slows down fast;
 * - this address, whatever the account: a password spray across many users;
 * - this account from anywhere: a distributed attack, with a short cap (a delay, never a lockout),
 *   so the real user elsewhere waits seconds at worst.
 */
interface Rule {
  scope: 'account-and-address' | 'address' | 'account';
  free: number;
  maxDelayMs: number;
}

export const WINDOW_MS = 15 * 60_000;
const BASE_DELAY_MS = 1_000;
export const RULES: readonly Rule[] = [
  { scope: 'account-and-address', free: 3, maxDelayMs: 15 * 60_000 },
  { scope: 'address', free: 10, maxDelayMs: 5 * 60_000 },
  { scope: 'account', free: 20, maxDelayMs: 30_000 },
];

export type Reservation = { ok: true; attemptId: number } | { ok: false; retryAfterSeconds: number; scope: Rule['scope'] };

const COUNTED = ['pending', 'failed'] as const;

/**
 * Checks every rule and, if all allow it, records the attempt as `pending` in the same transaction,
 * before any password is checked: concurrent guesses see each other's reservations, in this process
 * and in any other on the same database (the transaction holds the username's and the address's
 * locks until it ends).
 */
export async function reserveAttempt(tx: Tx, username: string, ip: string, now: Date): Promise<Reservation> {
  await serialiseOn(tx, `login-user:${username}`, `login-ip:${ip}`);
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  let refusal: { waitMs: number; scope: Rule['scope'] } | undefined;
  for (const rule of RULES) {
    const where =
      rule.scope === 'account-and-address'
        ? and(eq(loginAttempts.username, username), eq(loginAttempts.ip, ip))
        : rule.scope === 'address'
          ? eq(loginAttempts.ip, ip)
          : eq(loginAttempts.username, username);
    const recent = await tx
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(where, gt(loginAttempts.at, since), inArray(loginAttempts.outcome, COUNTED)))
      .orderBy(desc(loginAttempts.at));
    if (recent.length < rule.free) continue;
    const delay = Math.min(BASE_DELAY_MS * 2 ** Math.min(recent.length - rule.free, 30), rule.maxDelayMs);
    const waitMs = Date.parse(recent[0]!.at) + delay - now.getTime();
    if (waitMs > 0 && waitMs > (refusal?.waitMs ?? 0)) refusal = { waitMs, scope: rule.scope };
  }
  if (refusal) return { ok: false, retryAfterSeconds: Math.ceil(refusal.waitMs / 1000), scope: refusal.scope };
  const [row] = await tx.insert(loginAttempts).values({ username, ip, at: now.toISOString(), outcome: 'pending' }).returning({ id: loginAttempts.id });
  return { ok: true, attemptId: row!.id };
}

/** Settles a reservation. Success forgives this address's earlier failures on this account (typos). */
export async function settleAttempt(db: Tx, attemptId: number, outcome: 'failed' | 'ok'): Promise<void> {
  const [attempt] = await db.update(loginAttempts).set({ outcome }).where(eq(loginAttempts.id, attemptId)).returning();
  if (outcome === 'ok' && attempt) {
    await db
      .update(loginAttempts)
      .set({ outcome: 'forgiven' })
      .where(and(eq(loginAttempts.username, attempt.username), eq(loginAttempts.ip, attempt.ip), eq(loginAttempts.outcome, 'failed')));
  }
}

/** A reservation that was never checked (the server was too busy) does not count against anyone. */
export async function releaseAttempt(db: Tx, attemptId: number): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.id, attemptId));
}

/** Attempts older than the window no longer matter. */
export async function forgetOldAttempts(db: Tx, now: Date): Promise<void> {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - WINDOW_MS).toISOString()));
}

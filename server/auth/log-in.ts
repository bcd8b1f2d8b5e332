import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { staff } from '../db/schema.js';
import { hashPassword, verifyPassword } from './password.js';
import { createSession, type StaffRow } from './sessions.js';

export class LoginRefusedError extends Error {
  constructor(readonly reason: 'bad-credentials' | 'too-many-attempts') {
    super(reason === 'bad-credentials' ? 'Username or password is not right.' : 'Too many attempts. Wait 15 minutes and try again.');
  }
}

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;

/** Failed attempts per username, to slow down guessing. Memory only; a restart forgives. */
const failures = new Map<string, number[]>();

// Compared against when the username is unknown, so both paths take the same time.
const dummyHash = hashPassword('not-a-real-password');

export async function logIn(db: Db, username: string, password: string, now: Date) {
  const key = username.toLowerCase();
  const recent = (failures.get(key) ?? []).filter((t) => now.getTime() - t < WINDOW_MS);
  if (recent.length >= MAX_FAILURES) throw new LoginRefusedError('too-many-attempts');
  const account = db.select().from(staff).where(eq(staff.username, key)).get();
  const ok = await verifyPassword(password, account?.passwordHash ?? (await dummyHash));
  if (!account || !ok) {
    failures.set(key, [...recent, now.getTime()]);
    throw new LoginRefusedError('bad-credentials');
  }
  failures.delete(key);
  return { account, ...createSession(db, account.id, now) };
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

import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { sessions, staff } from '../db/schema.js';

export const SESSION_COOKIE = 'fd_session';
const SESSION_HOURS = 10;

export type StaffRow = typeof staff.$inferSelect;
export interface StaffSession {
  staff: StaffRow;
  csrfToken: string;
  sessionId: string;
}

const hash = (value: string) => createHash('sha256').update(value).digest('hex');

/** A new session: the cookie value goes to the browser, only its hash is stored. */
export function createSession(db: Db, staffId: string, now: Date): { cookieValue: string; csrfToken: string } {
  const cookieValue = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  db.insert(sessions)
    .values({
      id: hash(cookieValue),
      staffId,
      csrfToken,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
    })
    .run();
  return { cookieValue, csrfToken };
}

export function findSession(db: Db, cookieValue: string | undefined, now: Date): StaffSession | undefined {
  if (!cookieValue) return undefined;
  const row = db
    .select({ session: sessions, staff })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(and(eq(sessions.id, hash(cookieValue)), gt(sessions.expiresAt, now.toISOString())))
    .get();
  return row ? { staff: row.staff, csrfToken: row.session.csrfToken, sessionId: row.session.id } : undefined;
}

/** Whether a session still exists and has not expired (a live staff socket re-checks this). */
export function isSessionLive(db: Db, sessionId: string, now: Date): boolean {
  const row = db.select({ id: sessions.id }).from(sessions).where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now.toISOString()))).get();
  return row !== undefined;
}

export function destroySession(db: Db, sessionId: string): void {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Reads one cookie from a Cookie header (for WebSocket upgrades, which bypass Hono). */
export function cookieFrom(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

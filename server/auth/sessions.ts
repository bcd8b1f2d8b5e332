import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { sessions, staff } from '../db/schema.js';
import { DEFAULT_SECURITY } from '../security/security-options.js';

/** Over plain http (the localhost demo) the cookie has no prefix; over TLS it is `__Host-`, see sessionCookieName. */
export const SESSION_COOKIE = 'fd_session';
export const SECURE_SESSION_COOKIE = '__Host-fd_session';

/**
 * `__Host-` makes the browser refuse the cookie unless it is Secure, host-only and for path "/",
 * so a sibling subdomain cannot plant or overwrite it. Only usable over TLS.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** A session's last-seen time is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export type StaffRow = typeof staff.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export interface StaffSession {
  staff: StaffRow;
  csrfToken: string;
  sessionId: string;
}

const hash = (value: string) => createHash('sha256').update(value).digest('hex');

/** What the console shows for a session: never the stored id, which is the cookie's hash. */
export function sessionHandle(sessionId: string): string {
  return hash(`handle:${sessionId}`).slice(0, 16);
}

/** A new session: the cookie value goes to the browser, only its hash is stored. */
export function createSession(
  db: Db,
  staffId: string,
  now: Date,
  options: { maxMs?: number; userAgent?: string } = {},
): { cookieValue: string; csrfToken: string; sessionId: string } {
  const cookieValue = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const id = hash(cookieValue);
  db.insert(sessions)
    .values({
      id,
      staffId,
      csrfToken,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + (options.maxMs ?? DEFAULT_SECURITY.sessionMaxMs)).toISOString(),
      userAgent: options.userAgent ?? null,
    })
    .run();
  return { cookieValue, csrfToken, sessionId: id };
}

/** The session behind a cookie, if it has neither reached its absolute end nor sat idle too long. */
export function findSession(db: Db, cookieValue: string | undefined, now: Date, idleMs = DEFAULT_SECURITY.sessionIdleMs): StaffSession | undefined {
  if (!cookieValue || cookieValue.length > 200) return undefined;
  const row = db
    .select({ session: sessions, staff })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(and(eq(sessions.id, hash(cookieValue)), gt(sessions.expiresAt, now.toISOString())))
    .get();
  if (!row || isIdle(row.session, now, idleMs)) return undefined;
  return { staff: row.staff, csrfToken: row.session.csrfToken, sessionId: row.session.id };
}

export function isIdle(session: SessionRow, now: Date, idleMs: number): boolean {
  return Date.parse(session.lastSeenAt ?? session.createdAt) + idleMs <= now.getTime();
}

/** Marks a session as used now (HTTP request or socket frame), at most once a minute. */
export function touchSession(db: Db, sessionId: string, now: Date): void {
  const stale = new Date(now.getTime() - TOUCH_EVERY_MS).toISOString();
  db.update(sessions)
    .set({ lastSeenAt: now.toISOString() })
    .where(and(eq(sessions.id, sessionId), or(isNull(sessions.lastSeenAt), lt(sessions.lastSeenAt, stale))))
    .run();
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
    if (key === name) {
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { firstRow, type Tx } from '../db/index.js';
import { sessions, staff } from '../db/tables.js';
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
export async function createSession(
  db: Tx,
  staffId: string,
  now: Date,
  options: { maxMs?: number; userAgent?: string } = {},
): Promise<{ cookieValue: string; csrfToken: string; sessionId: string }> {
  const cookieValue = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const id = hash(cookieValue);
  await db
    .insert(sessions)
    .values({
      id,
      staffId,
      csrfToken,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + (options.maxMs ?? DEFAULT_SECURITY.sessionMaxMs)).toISOString(),
      userAgent: options.userAgent ?? null,
    });
  return { cookieValue, csrfToken, sessionId: id };
}

/** The session behind a cookie, if it has neither reached its absolute end nor sat idle too long. */
export async function findSession(db: Tx, cookieValue: string | undefined, now: Date, idleMs = DEFAULT_SECURITY.sessionIdleMs): Promise<StaffSession | undefined> {
  if (!cookieValue || cookieValue.length > 200) return undefined;
  const row = firstRow(
    await db
    .select({ session: sessions, staff })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(and(eq(sessions.id, hash(cookieValue)), gt(sessions.expiresAt, now.toISOString()))),
  );
  if (!row || isIdle(row.session, now, idleMs)) return undefined;
  return { staff: row.staff, csrfToken: row.session.csrfToken, sessionId: row.session.id };
}

export function isIdle(session: SessionRow, now: Date, idleMs: number): boolean {
  return Date.parse(session.lastSeenAt ?? session.createdAt) + idleMs <= now.getTime();
}

/** Marks a session as used now (HTTP request or socket frame), at most once a minute. */
export async function touchSession(db: Tx, sessionId: string, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - TOUCH_EVERY_MS).toISOString();
  await db
    .update(sessions)
    .set({ lastSeenAt: now.toISOString() })
    .where(and(eq(sessions.id, sessionId), or(isNull(sessions.lastSeenAt), lt(sessions.lastSeenAt, stale))));
}

/** Whether a session still exists and has not expired (a live staff socket re-checks this). */
export async function isSessionLive(db: Tx, sessionId: string, now: Date): Promise<boolean> {
  const rows = await db.select({ id: sessions.id }).from(sessions).where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now.toISOString())));
  return rows.length > 0;
}

export async function destroySession(db: Tx, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
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

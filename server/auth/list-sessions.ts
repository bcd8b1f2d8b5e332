import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { sessions } from '../db/schema.js';
import type { StaffSessionView } from '../protocol/http-bodies.js';
import { isIdle, sessionHandle } from './sessions.js';

/** The staff member's own live sessions, newest first, the current one marked. */
export function listSessions(ctx: AppContext, staffId: string, currentSessionId: string): StaffSessionView[] {
  const now = ctx.now();
  return ctx.db
    .select()
    .from(sessions)
    .where(eq(sessions.staffId, staffId))
    .orderBy(desc(sessions.createdAt))
    .all()
    .filter((row) => row.expiresAt > now.toISOString() && !isIdle(row, now, ctx.security.options.sessionIdleMs))
    .map((row) => ({
      id: sessionHandle(row.id),
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt ?? row.createdAt,
      userAgent: row.userAgent ?? 'Unknown browser',
      current: row.id === currentSessionId,
    }));
}

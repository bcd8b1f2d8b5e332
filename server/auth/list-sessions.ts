import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { sessions } from '../db/tables.js';
import type { StaffSessionView } from '../protocol/http-bodies.js';
import { isIdle, sessionHandle } from './sessions.js';

/** The staff member's own live sessions, newest first, the current one marked. */
export async function listSessions(ctx: AppContext, staffId: string, currentSessionId: string): Promise<StaffSessionView[]> {
  const now = ctx.now();
  const rows = await ctx.db.select().from(sessions).where(eq(sessions.staffId, staffId)).orderBy(desc(sessions.createdAt));
  return rows
    .filter((row) => row.expiresAt > now.toISOString() && !isIdle(row, now, ctx.security.options.sessionIdleMs))
    .map((row) => ({
      id: sessionHandle(row.id),
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt ?? row.createdAt,
      userAgent: row.userAgent ?? 'Unknown browser',
      current: row.id === currentSessionId,
    }));
}

import { eq, lte, or, sql } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit, type AuditActor } from '../audit/index.js';
import { sessions } from '../db/tables.js';
import { sessionHandle } from './sessions.js';

export type SessionEndReason = 'logout' | 'ended-by-user' | 'idle' | 'expired';

const ACTION: Record<SessionEndReason, string> = {
  logout: 'auth.logout',
  'ended-by-user': 'auth.session.ended',
  idle: 'auth.session.expired',
  expired: 'auth.session.expired',
};

const SYSTEM: AuditActor = { id: 'system', role: 'system' };

/**
 * Ends one session: deleted and audited in one transaction, then `session.ended` is published so
 * sockets opened with it close too. Returns false when it had already gone.
 */
export async function endSession(ctx: AppContext, sessionId: string, reason: SessionEndReason, actor: AuditActor = SYSTEM, detail: Record<string, unknown> = {}): Promise<boolean> {
  const now = ctx.now();
  const ended = await ctx.store.transaction(async (tx) => {
    const [row] = await tx.delete(sessions).where(eq(sessions.id, sessionId)).returning({ staffId: sessions.staffId });
    if (!row) return false;
    await recordAudit(tx, actor, ACTION[reason], { type: 'staff', id: row.staffId }, now, { session: sessionHandle(sessionId), reason, ...detail });
    return true;
  });
  if (ended) ctx.bus.publish('session.ended', sessionId);
  return ended;
}

/** Ends every session past its absolute end or idle for too long (run every minute by the server). */
export async function endExpiredSessions(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const idleSince = new Date(now.getTime() - ctx.security.options.sessionIdleMs).toISOString();
  const due = await ctx.db
    .select({ id: sessions.id, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(or(lte(sessions.expiresAt, now.toISOString()), lte(sql`coalesce(${sessions.lastSeenAt}, ${sessions.createdAt})`, idleSince)));
  let ended = 0;
  for (const row of due) if (await endSession(ctx, row.id, row.expiresAt <= now.toISOString() ? 'expired' : 'idle')) ended += 1;
  return ended;
}

/** Ends the staff member's own session with this handle, unless it is the one asking. */
export async function endOwnSession(ctx: AppContext, actor: { staffId: string; role: string; currentSessionId: string }, handle: string): Promise<boolean> {
  const target = (await ctx.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.staffId, actor.staffId))).find((row) => sessionHandle(row.id) === handle && row.id !== actor.currentSessionId);
  return target ? await endSession(ctx, target.id, 'ended-by-user', { id: actor.staffId, role: actor.role }) : false;
}

/** "Sign out everywhere else": every other session of this staff member. */
export async function endOtherSessions(ctx: AppContext, actor: { staffId: string; role: string; currentSessionId: string }): Promise<number> {
  const others = (await ctx.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.staffId, actor.staffId))).filter((row) => row.id !== actor.currentSessionId);
  let ended = 0;
  for (const row of others) if (await endSession(ctx, row.id, 'ended-by-user', { id: actor.staffId, role: actor.role })) ended += 1;
  return ended;
}

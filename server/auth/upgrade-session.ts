import type { IncomingMessage } from 'node:http';
import type { AppContext } from '../app-context.js';
import { clientOfUpgrade } from '../security/client-of.js';
import { cookieFrom, findSession, sessionCookieName, touchSession, type StaffSession } from './sessions.js';

/** The live session behind a WebSocket upgrade's cookie, by the same rules as HTTP requests. */
export async function sessionOfUpgrade(ctx: AppContext, request: IncomingMessage): Promise<StaffSession | undefined> {
  const { secure } = clientOfUpgrade(request, ctx.security.options);
  const now = ctx.now();
  const session = await findSession(ctx.db, cookieFrom(request.headers.cookie, sessionCookieName(secure)), now, ctx.security.options.sessionIdleMs);
  if (session) await ctx.store.transaction((tx) => touchSession(tx, session.sessionId, now));
  return session;
}

/**
 * A frame from the staff member counts as use, so a console driven over its socket is not idle.
 * Bookkeeping only: a failure here (database closing at shutdown) must never take the socket down.
 */
export async function keepSessionAlive(ctx: AppContext, sessionId: string): Promise<void> {
  try {
    await ctx.store.transaction((tx) => touchSession(tx, sessionId, ctx.now()));
  } catch {
    // The next frame or request tries again.
  }
}

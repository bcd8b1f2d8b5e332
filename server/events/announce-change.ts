import { sql } from 'drizzle-orm';
import { dialect, rawRows } from '../db/dialect.js';
import type { Tx } from '../db/index.js';

/** The LISTEN/NOTIFY channel every server process on one PostgreSQL listens on. */
export const EVENTS_CHANNEL = 'front_door_events';

/**
 * What a transaction changed that other processes' sockets must hear about, named by ids only:
 * the receiving process reads the committed rows itself (NOTIFY refuses payloads over 8,000 bytes,
 * and a reader never sees a change that was rolled back).
 */
export type CommittedChange =
  | { kind: 'messages.stored'; messageIds: string[] }
  | { kind: 'handoff.stored'; conversationId: string; handoffId?: string };

export const COMMITTED_CHANGE_KINDS: ReadonlySet<string> = new Set<CommittedChange['kind']>(['messages.stored', 'handoff.stored']);

/**
 * Announces a change to the other server processes from INSIDE the transaction that makes it: the
 * event row and its NOTIFY commit together with the change or not at all, so a process that dies
 * just after committing cannot leave the others unaware (nothing runs "after commit" that could be
 * lost). This process's own sockets hear it from the verb once the transaction commits.
 * SQLite serves one process: nothing to announce.
 */
export async function announceChange(tx: Tx, change: CommittedChange): Promise<void> {
  if (dialect === 'sqlite') return;
  const { kind, ...args } = change;
  // The origin is the connection's own setting (server/db/open-postgres.ts), so the announcing
  // process can tell its own notifications from the others'.
  await rawRows(
    tx,
    sql`with announced as (
          insert into bus_events (origin, event, args, at)
          values (coalesce(current_setting('front_door.origin', true), 'unnamed'), ${kind}, ${JSON.stringify([args])}::jsonb, ${new Date().toISOString()})
          returning id, origin)
        select pg_notify(${EVENTS_CHANNEL}, announced.id || ':' || announced.origin) from announced`,
  );
}

import { and, eq, gt, ne } from 'drizzle-orm';
import type { Store } from '../db/index.js';
import { presence as presenceTable } from '../db/tables.js';
import { describeError, type Logger } from '../logging/index.js';
import type { LiveProcesses } from '../security/live-processes.js';
import type { FamilyPresence } from './family-presence.js';
import type { StaffPresence } from './staff-presence.js';

/** Rows live this long unless their process rewrites them: a process killed with -9 drops out by then. */
export const PRESENCE_TTL_MS = 15_000;
const REWRITE_EVERY_MS = 5_000;

export interface SharedPresence {
  /** Writes this process's sockets now, then reads everyone's (after a join or leave). */
  sync(): Promise<void>;
  /** Reads the other processes' rows (before delivering an event that depends on them). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Presence across server processes on one PostgreSQL: each process keeps its own sockets in memory
 * (StaffPresence, FamilyPresence), rewrites its rows in the presence table on a heartbeat and on
 * every change, and reads the others' unexpired rows, so "is anyone from West online?" has the same
 * answer whichever process a family is connected to.
 */
export function startSharedPresence(options: {
  store: Store;
  staff: StaffPresence;
  families: FamilyPresence;
  /** Learns how many processes are alive, for the per-client limits they share. */
  processes: LiveProcesses;
  origin: string;
  log: Logger;
}): SharedPresence {
  const { store, staff, families, processes, origin, log } = options;
  let writes: Promise<void> = Promise.resolve();

  async function refresh(): Promise<void> {
    const rows = await store.db
      .select()
      .from(presenceTable)
      .where(and(ne(presenceTable.process, origin), gt(presenceTable.expiresAt, new Date().toISOString())));
    staff.setRemote(rows.filter((r) => r.kind === 'staff').map((r) => ({ id: r.subjectId, name: r.name ?? '', locality: r.locality })));
    families.setRemote(new Set(rows.filter((r) => r.kind === 'family').map((r) => r.subjectId)));
    processes.setOthers(rows.filter((r) => r.kind === 'process').length);
  }

  async function write(): Promise<void> {
    const expiresAt = new Date(Date.now() + PRESENCE_TTL_MS).toISOString();
    const rows = [
      // Written even with no sockets: the others count this process while it is alive.
      { id: `process:@${origin}`, process: origin, kind: 'process' as const, subjectId: origin, name: null, locality: null, expiresAt },
      ...staff.local().map((s) => ({ id: `staff:${s.id}@${origin}`, process: origin, kind: 'staff' as const, subjectId: s.id, name: s.name, locality: s.locality, expiresAt })),
      ...families.local().map((id) => ({ id: `family:${id}@${origin}`, process: origin, kind: 'family' as const, subjectId: id, name: null, locality: null, expiresAt })),
    ];
    await store.transaction(async (tx) => {
      await tx.delete(presenceTable).where(eq(presenceTable.process, origin));
      if (rows.length > 0) await tx.insert(presenceTable).values(rows);
    });
  }

  // Writes take turns, so an older snapshot never lands after a newer one.
  const sync = (): Promise<void> => {
    writes = writes.catch(() => undefined).then(write).then(refresh);
    return writes;
  };

  const timer = setInterval(() => {
    sync().catch((error: unknown) => log.warn({ err: describeError(error) }, 'presence not shared this beat'));
  }, REWRITE_EVERY_MS);
  timer.unref();

  return {
    sync,
    refresh,
    async close() {
      clearInterval(timer);
      await writes.catch(() => undefined);
      // Leaving early is a courtesy: if it fails the rows expire on their own.
      await store
        .transaction((tx) => tx.delete(presenceTable).where(eq(presenceTable.process, origin)))
        .catch((error: unknown) => log.warn({ err: describeError(error) }, 'presence rows left to expire'));
    },
  };
}

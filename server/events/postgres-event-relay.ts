import { and, asc, inArray, lt, ne, sql } from 'drizzle-orm';
import pg from 'pg';
import { rawRows, type Store } from '../db/index.js';
import { busEvents } from '../db/tables.js';
import type { Logger } from '../logging/index.js';
import { describeError } from '../logging/index.js';
import { COMMITTED_CHANGE_KINDS, EVENTS_CHANNEL, type CommittedChange } from './announce-change.js';
import type { BusEventName, EventBus, EventRelay } from './event-bus.js';

/** Events are read by the other processes within moments; older ones are only clutter. */
const KEEP_MS = 5 * 60_000;

export interface PostgresEventRelay extends EventRelay {
  close(): Promise<void>;
}

/**
 * Several server processes on one PostgreSQL share one event stream: each published event is stored
 * in bus_events and announced with NOTIFY carrying only its id (NOTIFY refuses payloads over 8,000
 * bytes), and every other process LISTENs, reads the event by id and delivers it to its own sockets.
 * Forwarding is one batch at a time, so the others see one process's events in the order it published.
 * Changes to stored messages and handoffs are not forwarded from here: the committing transaction
 * announces them itself (announce-change.ts), and `onCommittedChange` turns them back into this
 * process's events from the committed rows.
 * `beforeForward` and `beforeDeliver` let processes write and read what an event depends on (presence)
 * before the others hear it.
 */
export async function startPostgresEventRelay(options: {
  url: string;
  store: Store;
  bus: EventBus;
  origin: string;
  log: Logger;
  beforeForward?: (event: BusEventName) => Promise<void>;
  beforeDeliver?: (event: BusEventName) => Promise<void>;
  onCommittedChange: (change: CommittedChange) => Promise<void>;
}): Promise<PostgresEventRelay> {
  const { store, bus, origin, log } = options;
  const listener = new pg.Client({ connectionString: options.url, application_name: 'front-door-events' });
  listener.on('error', (error) => log.error({ err: describeError(error) }, 'event listener connection failed'));
  await listener.connect();
  await listener.query(`LISTEN ${EVENTS_CHANNEL}`);

  // Both directions work in batches, one batch at a time: what queued up during a round trip goes
  // in the next one, so a busy process pays a few round trips per batch, not per event.
  const arrived: number[] = [];
  let incoming: Promise<void> | undefined;
  async function deliverArrived(): Promise<void> {
    while (arrived.length > 0) {
      const ids = arrived.splice(0);
      const rows = await store.db
        .select()
        .from(busEvents)
        .where(and(inArray(busEvents.id, ids), ne(busEvents.origin, origin)))
        .orderBy(asc(busEvents.id));
      const refreshed = new Set<BusEventName>();
      for (const row of rows) {
        if (COMMITTED_CHANGE_KINDS.has(row.event)) {
          await options.onCommittedChange({ kind: row.event, ...(row.args[0] as object) } as CommittedChange);
          continue;
        }
        const event = row.event as BusEventName;
        if (!refreshed.has(event)) {
          refreshed.add(event);
          await options.beforeDeliver?.(event);
        }
        bus.deliverRemote(event, row.args);
      }
    }
  }
  listener.on('notification', (note) => {
    const [id, from] = (note.payload ?? '').split(':');
    if (!id || from === origin) return;
    arrived.push(Number(id));
    incoming ??= deliverArrived()
      .catch((error: unknown) => log.error({ err: describeError(error) }, 'relayed events not delivered'))
      .finally(() => (incoming = undefined));
  });

  const leaving: { event: BusEventName; args: unknown[] }[] = [];
  let outgoing: Promise<void> | undefined;
  async function sendLeaving(): Promise<void> {
    while (leaving.length > 0) {
      const batch = leaving.splice(0);
      for (const event of new Set(batch.map((b) => b.event))) await options.beforeForward?.(event);
      const at = new Date().toISOString();
      await store.transaction(async (tx) => {
        const rows = await tx
          .insert(busEvents)
          .values(batch.map(({ event, args }) => ({ origin, event, args, at })))
          .returning({ id: busEvents.id });
        // Delivered when this transaction commits, in commit order.
        const notes = rows.map((row) => `${row.id}:${origin}`);
        await rawRows(tx, sql`select pg_notify(${EVENTS_CHANNEL}, note) from json_array_elements_text(${JSON.stringify(notes)}::json) as note`);
      });
    }
  }

  const sweep = setInterval(() => {
    store
      .transaction((tx) => tx.delete(busEvents).where(lt(busEvents.at, new Date(Date.now() - KEEP_MS).toISOString())))
      .catch((error: unknown) => log.warn({ err: describeError(error) }, 'old relayed events not swept'));
  }, KEEP_MS);
  sweep.unref();

  return {
    forward(event, args) {
      leaving.push({ event, args: [...args] });
      outgoing ??= sendLeaving()
        .catch((error: unknown) => log.error({ err: describeError(error) }, 'events not relayed to other processes'))
        .finally(() => (outgoing = undefined));
    },
    async close() {
      clearInterval(sweep);
      while (outgoing || incoming) await Promise.all([outgoing, incoming]);
      await listener.end();
    },
  };
}

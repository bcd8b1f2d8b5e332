import { and, eq, lt, ne, sql } from 'drizzle-orm';
import pg from 'pg';
import { rawRows, type Store } from '../db/index.js';
import { busEvents } from '../db/tables.js';
import type { Logger } from '../logging/index.js';
import { describeError } from '../logging/index.js';
import type { BusEventName, EventBus, EventRelay } from './event-bus.js';

const CHANNEL = 'front_door_events';
/** Events are read by the other processes within moments; older ones are only clutter. */
const KEEP_MS = 5 * 60_000;

export interface PostgresEventRelay extends EventRelay {
  close(): Promise<void>;
}

/**
 * Several server processes on one PostgreSQL share one event stream: each published event is stored
 * in bus_events and announced with NOTIFY carrying only its id (NOTIFY refuses payloads over 8,000
 * bytes), and every other process LISTENs, reads the event by id and delivers it to its own sockets.
 * Forwarding is one at a time, so the others see one process's events in the order it published.
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
}): Promise<PostgresEventRelay> {
  const { store, bus, origin, log } = options;
  const listener = new pg.Client({ connectionString: options.url, application_name: 'front-door-events' });
  listener.on('error', (error) => log.error({ err: describeError(error) }, 'event listener connection failed'));
  await listener.connect();
  await listener.query(`LISTEN ${CHANNEL}`);

  let incoming: Promise<void> = Promise.resolve();
  listener.on('notification', (note) => {
    const [id, from] = (note.payload ?? '').split(':');
    if (!id || from === origin) return;
    incoming = incoming
      .then(async () => {
        const [row] = await store.db.select().from(busEvents).where(and(eq(busEvents.id, Number(id)), ne(busEvents.origin, origin)));
        if (!row) return;
        const event = row.event as BusEventName;
        await options.beforeDeliver?.(event);
        bus.deliverRemote(event, row.args);
      })
      .catch((error: unknown) => log.error({ err: describeError(error) }, 'relayed event not delivered'));
  });

  let outgoing: Promise<void> = Promise.resolve();
  const sweep = setInterval(() => {
    store
      .transaction((tx) => tx.delete(busEvents).where(lt(busEvents.at, new Date(Date.now() - KEEP_MS).toISOString())))
      .catch((error: unknown) => log.warn({ err: describeError(error) }, 'old relayed events not swept'));
  }, KEEP_MS);
  sweep.unref();

  return {
    forward(event, args) {
      outgoing = outgoing
        .then(async () => {
          await options.beforeForward?.(event);
          await store.transaction(async (tx) => {
            const [row] = await tx.insert(busEvents).values({ origin, event, args: [...args], at: new Date().toISOString() }).returning({ id: busEvents.id });
            // Delivered when this transaction commits, in commit order.
            await rawRows(tx, sql`select pg_notify(${CHANNEL}, ${`${row!.id}:${origin}`})`);
          });
        })
        .catch((error: unknown) => log.error({ err: describeError(error), event }, 'event not relayed to other processes'));
    },
    async close() {
      clearInterval(sweep);
      await outgoing;
      await incoming;
      await listener.end();
    },
  };
}

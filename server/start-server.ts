import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { WebSocketServer, type WebSocket } from 'ws';
import { createAppContext, type AppContext, type ContextOptions } from './app-context.js';
import { endExpiredSessions, forgetOldAttempts } from './auth/index.js';
import { refuseForeignUpgrade } from './embedding/index.js';
import { describeError, logSocket, setProcessLogger } from './logging/index.js';
import { createWebhookDispatcher } from './enquiries/index.js';
import { publishHandoffChange, startQueueUpkeep, type GoneFamilySweep } from './handoff/index.js';
import { createApp } from './http/create-app.js';
import { clientAddress } from './realtime/client-address.js';
import type { CommittedChange } from './events/announce-change.js';
import type { BusEventName } from './events/event-bus.js';
import { startTranslationOverlay } from './translations/index.js';
import { startPostgresEventRelay } from './events/postgres-event-relay.js';
import { startSharedPresence } from './realtime/shared-presence.js';
import { SocketGuard } from './realtime/socket-guard.js';
import { defaultSocketLimits, type SocketLimits } from './realtime/socket-limits.js';
import { handleWidgetSocket } from './realtime/widget-socket.js';
import { upgradeStaffSocket } from './realtime/upgrade-staff-socket.js';
import { hostsForPort, refuseUnknownHost } from './security/allowed-host.js';
import { scheduleRetentionPurge } from './retention/index.js';
import { findMessages } from './transcript/index.js';

export interface RunningServer {
  url: string;
  ctx: AppContext;
  sockets: SocketGuard;
  /** Releases waiting families gone past the set time (also run on a timer). */
  goneFamilies: GoneFamilySweep;
  close(): Promise<void>;
}

export interface ServerOptions extends ContextOptions {
  port: number;
  host?: string;
  /** Socket limits over the defaults for NODE_ENV (main.ts passes the environment's; tests tighten them). */
  socketLimits?: Partial<SocketLimits>;
}

/** Expired and idle sessions are ended (and their sockets told) this often. */
const SESSION_SWEEP_MS = 30_000;
/** How long a client gets to answer our close frame before its connection is cut. */
const CLOSE_GRACE_MS = 2_000;

async function closeSockets(clients: WebSocket[]): Promise<void> {
  await Promise.all(
    clients.map(
      (client) =>
        new Promise<void>((resolve) => {
          const cut = setTimeout(() => client.terminate(), CLOSE_GRACE_MS);
          client.once('close', () => (clearTimeout(cut), resolve()));
          client.close(1001, 'server shutting down');
        }),
    ),
  );
}

/** Events that change who is online: the presence table is written before they go out and read before they are delivered. */
const PRESENCE_EVENTS = new Set<BusEventName>(['presence.changed', 'family.presence']);

/**
 * Several processes on one PostgreSQL: this process's events reach the others (LISTEN/NOTIFY) and
 * presence is shared through the presence table, so a family on one process and staff on another
 * see each other live.
 */
async function shareWithOtherProcesses(ctx: AppContext, url: string): Promise<{ close(): Promise<void> }> {
  const { origin } = ctx.store;
  const presence = startSharedPresence({ store: ctx.store, staff: ctx.presence, families: ctx.families, processes: ctx.security.processes, origin, log: ctx.log });
  await presence.sync();
  const relay = await startPostgresEventRelay({
    url,
    store: ctx.store,
    bus: ctx.bus,
    origin,
    log: ctx.log,
    beforeForward: (event) => (PRESENCE_EVENTS.has(event) ? presence.sync() : Promise.resolve()),
    beforeDeliver: (event) => (PRESENCE_EVENTS.has(event) ? presence.refresh() : Promise.resolve()),
    onCommittedChange: (change) => deliverCommittedChange(ctx, change),
  });
  ctx.bus.relayTo(relay);
  return {
    async close() {
      await relay.close();
      await presence.close();
    },
  };
}

/** Another process committed a change: this process tells its own sockets, from the committed rows. */
async function deliverCommittedChange(ctx: AppContext, change: CommittedChange): Promise<void> {
  if (change.kind === 'messages.stored') {
    for (const message of await findMessages(ctx.db, change.messageIds)) ctx.bus.publishLocal('message.created', message);
  } else {
    await publishHandoffChange(ctx, change.conversationId, change.handoffId);
  }
}

/** Starts HTTP and WebSockets on one port. Port 0 picks a free one (tests). */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const ctx = await createAppContext(options);
  await startTranslationOverlay(ctx);
  const sharing = options.databaseUrl ? await shareWithOtherProcesses(ctx, options.databaseUrl) : undefined;
  setProcessLogger(ctx.log);
  const app = createApp(ctx);
  // One delivery log, two targets: enquiry events to the case system, safeguarding alerts to the out-of-hours team.
  const dispatchers = [
    ctx.webhook && createWebhookDispatcher({ store: ctx.store, ...ctx.webhook, now: ctx.now, eventTypePrefix: 'enquiry.' }),
    ctx.safeguardingWebhook && createWebhookDispatcher({ store: ctx.store, ...ctx.safeguardingWebhook, now: ctx.now, eventTypePrefix: 'safeguarding.' }),
  ].filter((d) => d !== undefined);
  for (const dispatcher of dispatchers) dispatcher.start();
  const limits = { ...defaultSocketLimits(), ...options.socketLimits };
  const guard = new SocketGuard(limits, undefined, ctx.security.processes);
  const widgetSockets = new WebSocketServer({ noServer: true, maxPayload: limits.widgetMaxPayload });
  const staffSockets = new WebSocketServer({ noServer: true, maxPayload: limits.staffMaxPayload });
  for (const sockets of [widgetSockets, staffSockets]) sockets.on('error', (error) => ctx.log.error({ err: describeError(error) }, 'WebSocket server error'));
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  if (ctx.security.options.defaultHosts) ctx.security.options.allowedHosts = hostsForPort(ctx.security.options.allowedHosts, port);
  const sweep = setInterval(() => {
    endExpiredSessions(ctx)
      .then(() => ctx.store.transaction((tx) => forgetOldAttempts(tx, ctx.now())))
      // A busy database is retried on the next sweep; it must never end the process.
      .catch((error: unknown) => ctx.log.error({ err: describeError(error) }, 'session sweep failed'));
  }, SESSION_SWEEP_MS);
  sweep.unref();
  const retention = scheduleRetentionPurge(ctx);
  const queueUpkeep = startQueueUpkeep(ctx);
  server.on('upgrade', (request, socket, head) => {
    // Node hands the raw socket over without an error listener; a reset mid-handshake must not throw.
    socket.on('error', () => socket.destroy());
    if (refuseUnknownHost(ctx.security.options.allowedHosts, request, socket)) return;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const address = clientAddress(request, ctx.security.options);
    if (path === '/ws/widget') {
      if (refuseForeignUpgrade(ctx.embedOrigins, request, socket)) {
        ctx.log.warn({ origin: request.headers.origin ?? null }, 'widget socket refused: page origin not in EMBED_ORIGINS');
        return;
      }
      widgetSockets.handleUpgrade(request, socket, head, (ws) => (logSocket(ctx.log, 'widget', ws), handleWidgetSocket(ctx, guard.protect(ws, 'widget', address))));
    } else if (path === '/ws/staff') {
      staffSockets.handleUpgrade(request, socket, head, (ws) => (logSocket(ctx.log, 'staff', ws), void upgradeStaffSocket(ctx, guard.protect(ws, 'staff', address), request).catch((error: unknown) => ctx.log.error({ err: describeError(error) }, 'staff socket failed'))));
    } else {
      socket.destroy();
    }
  });
  return {
    url: `http://${host}:${port}`,
    ctx,
    sockets: guard,
    goneFamilies: queueUpkeep.goneFamilies,
    async close() {
      ctx.readiness.drain();
      guard.stop();
      clearInterval(sweep);
      await retention.stop();
      // Stop accepting connections; requests already in flight finish, idle keep-alives are dropped
      // (Node 19+ does that in close()).
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(dispatchers.map((dispatcher) => dispatcher.stop()));
      // 1001 "going away" tells widgets and consoles to reconnect (to the next instance), not to give up.
      // Close handlers still publish presence and read the database: let them finish first.
      await closeSockets([...widgetSockets.clients, ...staffSockets.clients]);
      await queueUpkeep.stop();
      await stopped;
      // After the sockets' own goodbyes (presence) have gone out to the other processes.
      await sharing?.close();
      // The store waits for transactions already running: closing cannot cut one in half.
      await ctx.store.close();
    },
  };
}

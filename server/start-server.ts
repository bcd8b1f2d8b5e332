import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { WebSocketServer, type WebSocket } from 'ws';
import { createAppContext, type AppContext, type ContextOptions } from './app-context.js';
import { refuseForeignUpgrade } from './embedding/index.js';
import { logSocket, setProcessLogger } from './logging/index.js';
import { createWebhookDispatcher } from './enquiries/index.js';
import { createApp } from './http/create-app.js';
import { handleWidgetSocket } from './realtime/widget-socket.js';
import { upgradeStaffSocket } from './realtime/upgrade-staff-socket.js';

export interface RunningServer {
  url: string;
  ctx: AppContext;
  close(): Promise<void>;
}

const MAX_FRAME_BYTES = 64 * 1024;
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

/** Starts HTTP and WebSockets on one port. Port 0 picks a free one (tests). */
export async function startServer(options: ContextOptions & { port: number; host?: string }): Promise<RunningServer> {
  const ctx = createAppContext(options);
  setProcessLogger(ctx.log);
  const app = createApp(ctx);
  const dispatcher = ctx.webhook ? createWebhookDispatcher({ db: ctx.db, ...ctx.webhook, now: ctx.now }) : undefined;
  dispatcher?.start();
  const widgetSockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const staffSockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolve(s));
  });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/ws/widget') {
      if (refuseForeignUpgrade(ctx.embedOrigins, request, socket)) {
        ctx.log.warn({ origin: request.headers.origin ?? null }, 'widget socket refused: page origin not in EMBED_ORIGINS');
        return;
      }
      widgetSockets.handleUpgrade(request, socket, head, (ws) => (logSocket(ctx.log, 'widget', ws), handleWidgetSocket(ctx, ws)));
    } else if (path === '/ws/staff') {
      staffSockets.handleUpgrade(request, socket, head, (ws) => (logSocket(ctx.log, 'staff', ws), upgradeStaffSocket(ctx, ws, request)));
    } else {
      socket.destroy();
    }
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    ctx,
    async close() {
      ctx.readiness.drain();
      // Stop accepting connections; requests already in flight finish, idle keep-alives are dropped
      // (Node 19+ does that in close()).
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await dispatcher?.stop();
      // 1001 "going away" tells widgets and consoles to reconnect (to the next instance), not to give up.
      // Close handlers still publish presence and read the database: let them finish first.
      await closeSockets([...widgetSockets.clients, ...staffSockets.clients]);
      await stopped;
      // better-sqlite3 runs every transaction synchronously inside one event-loop turn, so none
      // can be open here: closing cannot cut one in half.
      ctx.db.$client.close();
    },
  };
}

import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { createAppContext, type AppContext, type ContextOptions } from './app-context.js';
import { refuseForeignUpgrade } from './embedding/index.js';
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

/** Starts HTTP and WebSockets on one port. Port 0 picks a free one (tests). */
export async function startServer(options: ContextOptions & { port: number; host?: string }): Promise<RunningServer> {
  const ctx = createAppContext(options);
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
      if (refuseForeignUpgrade(ctx.embedOrigins, request, socket)) return;
      widgetSockets.handleUpgrade(request, socket, head, (ws) => handleWidgetSocket(ctx, ws));
    } else if (path === '/ws/staff') {
      staffSockets.handleUpgrade(request, socket, head, (ws) => upgradeStaffSocket(ctx, ws, request));
    } else {
      socket.destroy();
    }
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    ctx,
    async close() {
      await dispatcher?.stop();
      // Close handlers still publish presence and read the database: let them finish first.
      const clients = [...widgetSockets.clients, ...staffSockets.clients];
      await Promise.all(clients.map((client) => new Promise<void>((resolve) => (client.once('close', () => resolve()), client.terminate()))));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      ctx.db.$client.close();
    },
  };
}

import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { createAppContext, type AppContext, type ContextOptions } from './app-context.js';
import { endExpiredSessions, forgetOldAttempts } from './auth/index.js';
import { createWebhookDispatcher } from './enquiries/index.js';
import { createApp } from './http/create-app.js';
import { handleWidgetSocket } from './realtime/widget-socket.js';
import { upgradeStaffSocket } from './realtime/upgrade-staff-socket.js';
import { hostsForPort, refuseUnknownHost } from './security/allowed-host.js';

export interface RunningServer {
  url: string;
  ctx: AppContext;
  close(): Promise<void>;
}

const MAX_FRAME_BYTES = 64 * 1024;
/** Expired and idle sessions are ended (and their sockets told) this often. */
const SESSION_SWEEP_MS = 30_000;

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
  const { port } = server.address() as AddressInfo;
  if (ctx.security.options.defaultHosts) ctx.security.options.allowedHosts = hostsForPort(ctx.security.options.allowedHosts, port);
  const sweep = setInterval(() => {
    try {
      endExpiredSessions(ctx);
      forgetOldAttempts(ctx.db, ctx.now());
    } catch (error) {
      // A busy database is retried on the next sweep; it must never end the process.
      console.error('session sweep failed', error);
    }
  }, SESSION_SWEEP_MS);
  sweep.unref();
  server.on('upgrade', (request, socket, head) => {
    if (refuseUnknownHost(ctx.security.options.allowedHosts, request, socket)) return;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/ws/widget') {
      widgetSockets.handleUpgrade(request, socket, head, (ws) => handleWidgetSocket(ctx, ws));
    } else if (path === '/ws/staff') {
      staffSockets.handleUpgrade(request, socket, head, (ws) => upgradeStaffSocket(ctx, ws, request));
    } else {
      socket.destroy();
    }
  });
  return {
    url: `http://${host}:${port}`,
    ctx,
    async close() {
      clearInterval(sweep);
      await dispatcher?.stop();
      // Close handlers still publish presence and read the database: let them finish first.
      const clients = [...widgetSockets.clients, ...staffSockets.clients];
      await Promise.all(clients.map((client) => new Promise<void>((resolve) => (client.once('close', () => resolve()), client.terminate()))));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      ctx.db.$client.close();
    },
  };
}

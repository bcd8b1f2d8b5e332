import { DEMO_ACCOUNTS, seedDemoStaff } from './auth/index.js';
import { parseEnv } from './config/index.js';
import { DEVELOPMENT_EMBED_ORIGINS, parseEmbedOrigins } from './embedding/index.js';
import { createLogger, describeError } from './logging/index.js';
import { socketLimitsFromEnv } from './realtime/socket-limits.js';
import { securityFromEnv } from './security/security-options.js';
import { startServer } from './start-server.js';

const env = parseEnv();
const log = createLogger({ level: env.LOG_LEVEL });
const webhook = env.WEBHOOK_URL && env.WEBHOOK_SECRET ? { url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET } : undefined;
const safeguardingUrl = env.SAFEGUARDING_WEBHOOK_URL ?? webhook?.url;
const safeguardingSecret = env.SAFEGUARDING_WEBHOOK_SECRET ?? webhook?.secret;
const safeguardingWebhook =
  safeguardingUrl && safeguardingSecret ? { url: safeguardingUrl, secret: safeguardingSecret, ...(env.PUBLIC_URL ? { consoleUrl: env.PUBLIC_URL.replace(/\/+$/, '') } : {}) } : undefined;
const embedOrigins = env.EMBED_ORIGINS ? parseEmbedOrigins(env.EMBED_ORIGINS) : [...DEVELOPMENT_EMBED_ORIGINS];
const server = await startServer({
  port: env.PORT,
  host: env.HOST,
  databasePath: env.DATABASE_PATH,
  ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, databasePoolMax: env.DATABASE_POOL_MAX } : {}),
  embedOrigins,
  log,
  socketLimits: socketLimitsFromEnv(env),
  security: securityFromEnv(env),
  ...(webhook ? { webhook } : {}),
  ...(safeguardingWebhook ? { safeguardingWebhook } : {}),
});

// SIGTERM (docker stop, systemd, Kubernetes) and Ctrl-C: close sockets with 1001, let requests
// finish, close the database, exit 0. A second signal while closing exits at once.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) process.exit(1);
    closing = true;
    log.info({ signal }, 'shutting down');
    server.close().then(
      () => (log.info('stopped'), process.exit(0)),
      (error: unknown) => (log.error({ err: describeError(error) }, 'shutdown failed'), process.exit(1)),
    );
  });
}

/** How long a failing process may spend closing sockets and the database before it exits anyway. */
const CRASH_EXIT_DEADLINE_MS = 5_000;

/**
 * A bug we did not foresee leaves the process in an unknown state, so it is logged and the process
 * exits non-zero for the supervisor (systemd, the container runtime) to restart it. Client input
 * never gets here: every socket has an error listener and every frame handler catches.
 * Acknowledged messages are already durable (synchronous=FULL), so exiting loses none of them.
 */
function exitAfterFailure(kind: string, error: unknown): void {
  log.fatal({ err: describeError(error), kind }, 'Front Door is exiting so its supervisor can restart it');
  if (closing) return;
  closing = true;
  setTimeout(() => process.exit(1), CRASH_EXIT_DEADLINE_MS).unref();
  void server.close().finally(() => process.exit(1));
}
process.on('uncaughtException', (error) => exitAfterFailure('uncaughtException', error));
process.on('unhandledRejection', (reason) => exitAfterFailure('unhandledRejection', reason));

const seed = env.SEED_DEMO ? env.SEED_DEMO === 'true' : env.NODE_ENV === 'development';

log.info({ url: server.url, demoPage: `${server.url}/`, console: `${server.url}/console`, embedOrigins, nodeEnv: env.NODE_ENV }, 'Front Door is running');
if (seed) {
  const seeded = server.ctx.readiness.hold('demo staff seeding');
  await seedDemoStaff(server.ctx.store);
  seeded();
  // The shared demo password is in the README; passwords never go into logs, not even that one.
  log.info({ accounts: DEMO_ACCOUNTS.map((a) => `${a.username} (${a.role}${a.locality ? `, ${a.locality}` : ''})`) }, 'demo staff seeded: sign in at /console with the demo password from the README');
}

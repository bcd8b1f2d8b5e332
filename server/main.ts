import { DEMO_ACCOUNTS, seedDemoStaff } from './auth/index.js';
import { parseEnv } from './config/index.js';
import { DEVELOPMENT_EMBED_ORIGINS, parseEmbedOrigins } from './embedding/index.js';
import { createLogger, describeError } from './logging/index.js';
import { startServer } from './start-server.js';

const env = parseEnv();
const log = createLogger({ level: env.LOG_LEVEL });
const webhook = env.WEBHOOK_URL && env.WEBHOOK_SECRET ? { url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET } : undefined;
const embedOrigins = env.EMBED_ORIGINS ? parseEmbedOrigins(env.EMBED_ORIGINS) : [...DEVELOPMENT_EMBED_ORIGINS];
const server = await startServer({
  port: env.PORT,
  host: env.HOST,
  databasePath: env.DATABASE_PATH,
  embedOrigins,
  trustProxy: env.TRUSTED_PROXY === 'true',
  log,
  ...(webhook ? { webhook } : {}),
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

const seed = env.SEED_DEMO ? env.SEED_DEMO === 'true' : env.NODE_ENV === 'development';

log.info({ url: server.url, demoPage: `${server.url}/`, console: `${server.url}/console`, embedOrigins, nodeEnv: env.NODE_ENV }, 'Front Door is running');
if (seed) {
  const seeded = server.ctx.readiness.hold('demo staff seeding');
  await seedDemoStaff(server.ctx.db);
  seeded();
  // The shared demo password is in the README; passwords never go into logs, not even that one.
  log.info({ accounts: DEMO_ACCOUNTS.map((a) => `${a.username} (${a.role}${a.locality ? `, ${a.locality}` : ''})`) }, 'demo staff seeded: sign in at /console with the demo password from the README');
}

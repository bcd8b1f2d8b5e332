import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoStaff } from './auth/index.js';
import { parseEnv } from './config/index.js';
import { socketLimitsFromEnv } from './realtime/socket-limits.js';
import { securityFromEnv } from './security/security-options.js';
import { startServer } from './start-server.js';

const env = parseEnv();
const webhook = env.WEBHOOK_URL && env.WEBHOOK_SECRET ? { url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET } : undefined;
const safeguardingUrl = env.SAFEGUARDING_WEBHOOK_URL ?? webhook?.url;
const safeguardingSecret = env.SAFEGUARDING_WEBHOOK_SECRET ?? webhook?.secret;
const safeguardingWebhook =
  safeguardingUrl && safeguardingSecret ? { url: safeguardingUrl, secret: safeguardingSecret, ...(env.PUBLIC_URL ? { consoleUrl: env.PUBLIC_URL.replace(/\/+$/, '') } : {}) } : undefined;
const server = await startServer({
  port: env.PORT,
  host: env.HOST,
  databasePath: env.DATABASE_PATH,
  socketLimits: socketLimitsFromEnv(env),
  security: securityFromEnv(env),
  ...(webhook ? { webhook } : {}),
  ...(safeguardingWebhook ? { safeguardingWebhook } : {}),
});
const seed = env.SEED_DEMO ? env.SEED_DEMO === 'true' : env.NODE_ENV === 'development';

console.log(`Front Door is running at ${server.url}`);
console.log(`  Widget demo page: ${server.url}/`);
console.log(`  Staff console:    ${server.url}/console`);
if (seed) {
  await seedDemoStaff(server.ctx.db);
  console.log(`  Demo staff logins (password "${DEMO_PASSWORD}"):`);
  for (const account of DEMO_ACCOUNTS) console.log(`    ${account.username.padEnd(11)} ${account.displayName}, ${account.role}${account.locality ? `, ${account.locality}` : ''}`);
}

/** How long a failing process may spend closing sockets and the database before it exits anyway. */
const CRASH_EXIT_DEADLINE_MS = 5_000;
let exiting = false;

/**
 * A bug we did not foresee leaves the process in an unknown state, so it is logged and the process
 * exits non-zero for the supervisor (systemd, the container runtime) to restart it. Client input
 * never gets here: every socket has an error listener and every frame handler catches.
 * Acknowledged messages are already durable (synchronous=FULL), so exiting loses none of them.
 */
function exitAfterFailure(kind: string, error: unknown): void {
  console.error(`${kind}: Front Door is exiting so its supervisor can restart it`, error);
  if (exiting) return;
  exiting = true;
  setTimeout(() => process.exit(1), CRASH_EXIT_DEADLINE_MS).unref();
  void server.close().finally(() => process.exit(1));
}
process.on('uncaughtException', (error) => exitAfterFailure('uncaughtException', error));
process.on('unhandledRejection', (reason) => exitAfterFailure('unhandledRejection', reason));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}

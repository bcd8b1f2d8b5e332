import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoStaff } from './auth/index.js';
import { parseEnv } from './config/index.js';
import { securityFromEnv } from './security/security-options.js';
import { startServer } from './start-server.js';

const env = parseEnv();
const webhook = env.WEBHOOK_URL && env.WEBHOOK_SECRET ? { url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET } : undefined;
const server = await startServer({
  port: env.PORT,
  host: env.HOST,
  databasePath: env.DATABASE_PATH,
  security: securityFromEnv(env),
  ...(webhook ? { webhook } : {}),
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

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}

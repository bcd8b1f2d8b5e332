import { startServer } from '../../server/start-server.js';
import { seedDemoStaff } from '../../server/auth/index.js';
import { TEST_PASSWORD_COST } from './test-server.js';

/**
 * One Front Door server process for tests that need separate processes: the real server on
 * DATABASE_URL (PostgreSQL) or DATABASE_PATH (SQLite), with the clock fixed at FRONT_DOOR_TEST_NOW
 * (so "is the hub open?" does not depend on when CI runs). It prints one JSON line with its URL and
 * runs until it is killed; SIGTERM closes it cleanly. CONVERSATIONS_PER_IP sets that socket limit; WEBHOOK_URL and WEBHOOK_SECRET turn on webhook delivery.
 */
const databaseUrl = process.env.DATABASE_URL;
const databasePath = process.env.DATABASE_PATH ?? ':memory:';
const fixed = new Date(process.env.FRONT_DOOR_TEST_NOW ?? '2026-11-30T10:00:00Z');
const conversationsPerIp = process.env.CONVERSATIONS_PER_IP ? Number(process.env.CONVERSATIONS_PER_IP) : undefined;
const webhook = process.env.WEBHOOK_URL && process.env.WEBHOOK_SECRET ? { url: process.env.WEBHOOK_URL, secret: process.env.WEBHOOK_SECRET } : undefined;
const server = await startServer({
  port: 0,
  databasePath,
  ...(databaseUrl ? { databaseUrl } : {}),
  ...(conversationsPerIp ? { socketLimits: { conversationsPerIp } } : {}),
  ...(webhook ? { webhook } : {}),
  now: () => fixed,
});
await seedDemoStaff(server.ctx.store, { cost: TEST_PASSWORD_COST });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));

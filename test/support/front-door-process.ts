import { startServer } from '../../server/start-server.js';
import { seedDemoStaff } from '../../server/auth/index.js';
import { TEST_PASSWORD_COST } from './test-server.js';

/**
 * One Front Door server process for the multi-process tests: the real server on DATABASE_URL, with
 * the clock fixed at FRONT_DOOR_TEST_NOW (so "is the hub open?" does not depend on when CI runs).
 * It prints one JSON line with its URL, and runs until it is killed.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const fixed = new Date(process.env.FRONT_DOOR_TEST_NOW ?? '2026-11-30T10:00:00Z');
const server = await startServer({ port: 0, databasePath: ':memory:', databaseUrl: url, now: () => fixed });
await seedDemoStaff(server.ctx.store, { cost: TEST_PASSWORD_COST });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));

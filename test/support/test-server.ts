import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoStaff, type PasswordCost } from '../../server/auth/index.js';
import type { SocketLimits } from '../../server/realtime/socket-limits.js';
import type { SecurityOptions } from '../../server/security/security-options.js';
import type { Logger } from '../../server/logging/index.js';
import { startServer, type RunningServer } from '../../server/start-server.js';
import { createTestDatabase, testDatabaseKind } from './postgres-test-database.js';
import type { SafeguardingWebhookTarget } from '../../server/urgent-lane/index.js';

/** Where a test server's data lives: its SQLite file, or its PostgreSQL database in the postgres project. */
export interface TestDatabaseRef {
  databasePath: string;
  databaseUrl?: string;
}

export interface TestServer extends RunningServer, TestDatabaseRef {
  /** Stops the server, keeping the database file (to test restarts). */
  stop(): Promise<void>;
  /** Stops the server and deletes its database. */
  dispose(): Promise<void>;
}

/**
 * The demo password is published, so test servers hash it at scrypt's smallest useful cost: seeding
 * and every demo sign-in take about a millisecond instead of a second on this machine. Production
 * seeding (main.ts) keeps PASSWORD_COST; server/auth/password.test.ts proves it.
 */
export const TEST_PASSWORD_COST: PasswordCost = { N: 2 ** 10, r: 8, p: 1 };

/**
 * A real server on a free port with its own SQLite file in a temp folder (or, in the postgres
 * project, its own PostgreSQL database); `databasePath` plus `databaseUrl` reopen another's data.
 */
export async function startTestServer(
  options: { databasePath?: string; databaseUrl?: string; now?: () => Date; seed?: boolean; safeguardingWebhook?: SafeguardingWebhookTarget; socketLimits?: Partial<SocketLimits>; security?: Partial<SecurityOptions>; embedOrigins?: readonly string[]; log?: Logger } = {},
): Promise<TestServer> {
  const dir = options.databasePath ? undefined : mkdtempSync(join(tmpdir(), 'front-door-'));
  const databasePath = options.databasePath ?? join(dir!, 'test.sqlite');
  // A database created here is dropped on dispose; one handed in belongs to the server that made it.
  const postgres = testDatabaseKind() === 'postgres' && !options.databaseUrl ? await createTestDatabase() : undefined;
  const databaseUrl = options.databaseUrl ?? postgres?.url;
  const server = await startServer({
    port: 0,
    databasePath,
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.safeguardingWebhook ? { safeguardingWebhook: options.safeguardingWebhook } : {}),
    ...(options.socketLimits ? { socketLimits: options.socketLimits } : {}),
    ...(options.security ? { security: options.security } : {}),
    ...(options.embedOrigins ? { embedOrigins: options.embedOrigins } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  if (options.seed) await seedDemoStaff(server.ctx.store, { cost: TEST_PASSWORD_COST });
  return {
    ...server,
    databasePath,
    ...(databaseUrl ? { databaseUrl } : {}),
    stop: () => server.close(),
    async dispose() {
      await server.close();
      await postgres?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The database of a server, to start another on the same data (a restart, a second process). */
export function sameDatabase(server: TestDatabaseRef): TestDatabaseRef {
  return { databasePath: server.databasePath, ...(server.databaseUrl ? { databaseUrl: server.databaseUrl } : {}) };
}

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { copyDatabase } from '../../server/db/copy/copy-database.js';
import type { Message, QueueEntry } from '../../server/protocol/index.js';
import { FamilyClient } from '../support/family-client.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-test-database.js';
import { signIn } from '../support/staff-client.js';
import { startServerProcess } from '../support/server-process.js';

const run = promisify(execFile);
// A Tuesday at 11:00 in London: every hub is open.
const OPEN = new Date('2026-11-24T11:00:00Z');

let pilotDir: string | undefined;
let target: TestDatabase | undefined;
afterEach(async () => {
  if (pilotDir) rmSync(pilotDir, { recursive: true, force: true });
  await target?.drop();
  pilotDir = target = undefined;
});

/**
 * A pilot's SQLite file: a family conversation taken by staff, a failed and a good sign-in. The pilot
 * runs in its own process, on SQLite, as a pilot would (this test process speaks PostgreSQL).
 */
async function pilotDatabase(): Promise<{ databasePath: string }> {
  pilotDir = mkdtempSync(join(tmpdir(), 'front-door-pilot-'));
  const databasePath = join(pilotDir, 'pilot.sqlite');
  const pilot = await startServerProcess({ databasePath }, OPEN);
  const wrong = await fetch(`${pilot.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: pilot.url }, body: JSON.stringify({ username: 'south', password: 'not-the-password' }) });
  expect(wrong.status).toBe(401);
  const tom = await signIn(pilot.url, 'south');
  const tomSocket = await tom.socket();
  const family = await FamilyClient.start(pilot.url, 'ur');
  await family.askForHelp({ postcode: 'BD7 2AA' });
  const { entry } = await tomSocket.waitFor<{ type: string; entry: QueueEntry }>((f) => f.type === 'queue.updated' && (f.entry as QueueEntry).conversationId === family.conversationId);
  tomSocket.send({ type: 'handoff.claim', handoffId: entry.handoffId });
  await family.socket.waitFor((f) => f.type === 'handoff.updated' && (f.handoff as { status: string }).status === 'active');
  tomSocket.send({ type: 'message.send', clientMessageId: 'staff-msg-00001', conversationId: family.conversationId, text: 'Hello, I am Tom. ✓ "quotes" \\ back' });
  await family.socket.waitFor((f) => f.type === 'message.created' && (f.message as Message).author === 'staff');
  await family.say('شکریہ، میرا بیٹا اسکول نہیں جائے گا');
  await Promise.all([family.close(), tomSocket.close()]);
  await pilot.stop();
  return { databasePath };
}

async function dbCopy(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/db-copy.ts', ...args], { encoding: 'utf8' }).then(
    (out) => ({ code: 0, ...out }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe('npm run db:copy (SQLite -> PostgreSQL)', () => {
  it('copies every table with matching counts and checksums, and refuses or detects what it should', { timeout: 180_000 }, async () => {
    const pilot = await pilotDatabase();
    target = await createTestDatabase({ migrated: false });
    const from = `sqlite:${pilot.databasePath}`;

    const copied = await dbCopy('--from', from, '--to', target.url);
    expect(copied.stderr).toBe('');
    expect(copied.code).toBe(0);
    expect(copied.stdout).toContain('copied and committed');

    const report = await copyDatabase({ sourcePath: pilot.databasePath, targetUrl: target.url, verifyOnly: true });
    expect(report.ok).toBe(true);
    const rows = Object.fromEntries(report.tables.map((t) => [t.table, t.targetRows]));
    for (const table of ['conversations', 'messages', 'staff', 'sessions', 'login_attempts', 'handoffs', 'audit_log']) expect(rows[table], table).toBeGreaterThan(0);
    expect(report.tables.map((t) => t.table)).toContain('safeguarding_alerts');
    // The next login attempt gets an id after the copied ones, as it would have on SQLite.
    const [{ id }] = await sql(target.url, `insert into login_attempts (username, ip, at, outcome) values ('x', '127.0.0.1', 'now', 'failed') returning id`);
    expect(Number(id)).toBe(rows.login_attempts! + 1);

    await expect(copyDatabase({ sourcePath: pilot.databasePath, targetUrl: target.url })).rejects.toThrow(/already holds rows .*--replace/s);

    await sql(target.url, `update messages set content = jsonb_set(content, '{text}', '"changed"') where author = 'staff'`);
    const verified = await dbCopy('--from', from, '--to', target.url, '--verify');
    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(/messages .* CHECKSUM DIFFERS/);
    expect(verified.stdout).toMatch(/conversations .* ok/);
    expect(verified.stdout).toContain('databases DIFFER');

    const dryRun = await copyDatabase({ sourcePath: pilot.databasePath, targetUrl: target.url, replace: true, dryRun: true });
    expect(dryRun).toMatchObject({ ok: true, committed: false });
    expect((await copyDatabase({ sourcePath: pilot.databasePath, targetUrl: target.url, verifyOnly: true })).ok).toBe(false);

    expect(await copyDatabase({ sourcePath: pilot.databasePath, targetUrl: target.url, replace: true })).toMatchObject({ ok: true, committed: true });
    expect((await copyDatabase({ sourcePath: pilot.databasePath, targetUrl: target.url, verifyOnly: true })).ok).toBe(true);
  });

  it('rejects bad arguments with the usage line and exit code 2', async () => {
    const noTarget = await dbCopy('--from', 'sqlite:./x.sqlite', '--to', 'mysql://host/db');
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toMatch(/--to: must be a postgres:\/\/ or postgresql:\/\/ URL\nusage:/);
  });
});

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAudit, verifyAuditChain } from '../../server/audit/index.js';
import { openSqliteStore, type Store } from '../../server/db/index.js';
import { testDatabaseKind } from '../support/postgres-test-database.js';

const run = promisify(execFile);
const actor = { id: 'staff-1', role: 'manager' };
let dir: string;
let path: string;
let store: Store;
/** A second, raw connection: edits made around the app, as an attacker with file access would. */
let raw: Database.Database;

const audit = (on: Store, ...args: [string, { type: string; id: string }, Date, unknown?]) => on.transaction((tx) => recordAudit(tx, actor, ...args));

function verifyCommand(): Promise<{ code: number; out: string }> {
  return run('npx', ['tsx', 'scripts/audit-verify.ts', path]).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
  );
}

// The tampering here is done to the SQLite file with a raw connection, and audit:verify reads a
// file; on PostgreSQL the same recordAudit runs in every other suite, under its advisory lock.
describe.skipIf(testDatabaseKind() === 'postgres')('tamper-evident audit log', () => {
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'front-door-audit-'));
    path = join(dir, 'audit.sqlite');
    store = openSqliteStore(path);
    raw = new Database(path);
    for (let i = 0; i < 5; i++) await audit(store, 'enquiry.viewed', { type: 'enquiry', id: `e${i}` }, new Date(Date.UTC(2026, 10, 24, 9, i)), { n: i, nested: { b: 1, a: [i] } });
  });
  afterEach(async () => {
    raw.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies an untouched chain, by function and by `npm run audit:verify`', async () => {
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: true, count: 5 });
    const { code, out } = await verifyCommand();
    expect(code).toBe(0);
    expect(out).toMatch(/OK: 5 rows/);
  });

  it('reports the first row edited directly in SQLite, and the command exits 1', async () => {
    raw.prepare("update audit_log set detail = json('{\"n\":99}') where id = 3").run();
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: false, brokenAt: 3, count: 2 });
    const { code, out } = await verifyCommand();
    expect(code).toBe(1);
    expect(out).toMatch(/BROKEN at row 3/);
  });

  it('notices a deleted row and a rewritten actor', async () => {
    raw.prepare('delete from audit_log where id = 2').run();
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: false, brokenAt: 3 });
    raw.prepare('delete from audit_log where id > 1').run();
    raw.prepare("update audit_log set actor_id = 'someone-else' where id = 1").run();
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('stays one chain when two connections append in turn (as two processes would)', async () => {
    const other = openSqliteStore(path);
    try {
      for (let i = 0; i < 20; i++) await audit(i % 2 ? store : other, 'auth.login.succeeded', { type: 'staff', id: 's' }, new Date(), { i });
    } finally {
      await other.close();
    }
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: true, count: 25 });
  });

  it('refuses a second row claiming the same predecessor (the chain cannot fork)', async () => {
    const head = raw.prepare('select hash from audit_log order by id desc limit 1').get() as { hash: string };
    const insert = () =>
      raw
        .prepare("insert into audit_log (actor_id, actor_role, action, subject_type, subject_id, at, prev_hash, hash) values ('x', 'x', 'x', 'x', 'x', 'x', ?, 'forged')")
        .run(head.hash);
    insert();
    expect(insert).toThrow(/UNIQUE/);
  });

  it('reports a row slipped in without a hash instead of sealing it', async () => {
    raw.prepare("insert into audit_log (actor_id, actor_role, action, subject_type, subject_id, at) values ('x', 'staff', 'forged', 'x', 'y', '2026-01-01T00:00:00.000Z')").run();
    await audit(store, 'after', { type: 'x', id: 'z' }, new Date());
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: false, brokenAt: 6 });
  });

  it('seals rows written before the chain existed, then keeps chaining', async () => {
    raw.prepare('delete from audit_log').run();
    for (const id of [1, 2]) {
      raw.prepare("insert into audit_log (id, actor_id, actor_role, action, subject_type, subject_id, at) values (?, 'old', 'staff', 'legacy', 'x', 'y', '2026-01-01T00:00:00.000Z')").run(id);
    }
    await audit(store, 'after', { type: 'x', id: 'z' }, new Date());
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: true, count: 3 });
  });
});

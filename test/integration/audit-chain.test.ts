import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAudit, verifyAuditChain } from '../../server/audit/index.js';
import { openDatabase, type Db } from '../../server/db/index.js';

const run = promisify(execFile);
const actor = { id: 'staff-1', role: 'manager' };
let dir: string;
let path: string;
let db: Db;

function verifyCommand(): Promise<{ code: number; out: string }> {
  return run('npx', ['tsx', 'scripts/audit-verify.ts', path]).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }),
  );
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'front-door-audit-'));
  path = join(dir, 'audit.sqlite');
  db = openDatabase(path);
  for (let i = 0; i < 5; i++) recordAudit(db, actor, 'enquiry.viewed', { type: 'enquiry', id: `e${i}` }, new Date(Date.UTC(2026, 10, 24, 9, i)), { n: i, nested: { b: 1, a: [i] } });
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('tamper-evident audit log', () => {
  it('verifies an untouched chain, by function and by `npm run audit:verify`', async () => {
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, count: 5 });
    const { code, out } = await verifyCommand();
    expect(code).toBe(0);
    expect(out).toMatch(/OK: 5 rows/);
  });

  it('reports the first row edited directly in SQLite, and the command exits 1', async () => {
    const raw = new Database(path);
    raw.prepare("update audit_log set detail = json('{\"n\":99}') where id = 3").run();
    raw.close();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3, count: 2 });
    const { code, out } = await verifyCommand();
    expect(code).toBe(1);
    expect(out).toMatch(/BROKEN at row 3/);
  });

  it('notices a deleted row and a rewritten actor', () => {
    db.$client.prepare('delete from audit_log where id = 2').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 3 });
    db.$client.prepare('delete from audit_log where id > 1').run();
    db.$client.prepare("update audit_log set actor_id = 'someone-else' where id = 1").run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('stays one chain when two connections append in turn (as two processes would)', () => {
    const other = openDatabase(path);
    try {
      for (let i = 0; i < 20; i++) recordAudit(i % 2 ? db : other, actor, 'auth.login.succeeded', { type: 'staff', id: 's' }, new Date(), { i });
    } finally {
      other.$client.close();
    }
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, count: 25 });
  });

  it('refuses a second row claiming the same predecessor (the chain cannot fork)', () => {
    const head = db.$client.prepare('select hash from audit_log order by id desc limit 1').get() as { hash: string };
    const insert = () =>
      db.$client
        .prepare("insert into audit_log (actor_id, actor_role, action, subject_type, subject_id, at, prev_hash, hash) values ('x', 'x', 'x', 'x', 'x', 'x', ?, 'forged')")
        .run(head.hash);
    insert();
    expect(insert).toThrow(/UNIQUE/);
  });

  it('reports a row slipped in without a hash instead of sealing it', () => {
    db.$client.prepare("insert into audit_log (actor_id, actor_role, action, subject_type, subject_id, at) values ('x', 'staff', 'forged', 'x', 'y', '2026-01-01T00:00:00.000Z')").run();
    recordAudit(db, actor, 'after', { type: 'x', id: 'z' }, new Date());
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 6 });
  });

  it('seals rows written before the chain existed, then keeps chaining', () => {
    db.$client.prepare('delete from audit_log').run();
    for (const id of [1, 2]) {
      db.$client.prepare("insert into audit_log (id, actor_id, actor_role, action, subject_type, subject_id, at) values (?, 'old', 'staff', 'legacy', 'x', 'y', '2026-01-01T00:00:00.000Z')").run(id);
    }
    recordAudit(db, actor, 'after', { type: 'x', id: 'z' }, new Date());
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, count: 3 });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/db/index.js';
import { staff } from '../../server/db/schema.js';
import { TEST_PASSWORD_COST } from '../support/test-server.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoStaff } from '../../server/auth/seed-demo-staff.js';
import { hashPassword, PASSWORD_COST, verifyPassword } from '../../server/auth/password.js';

const dir = mkdtempSync(join(tmpdir(), 'front-door-password-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const costOf = (hash: string) => hash.split('$').slice(0, 4).join('$');

describe('password hashing', () => {
  it('uses OWASP scrypt cost (N=2^17, r=8, p=1) unless told otherwise', async () => {
    expect(PASSWORD_COST).toEqual({ N: 131072, r: 8, p: 1 });
    const hash = await hashPassword('correct horse');
    expect(costOf(hash)).toBe('scrypt$131072$8$1');
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct hose', hash)).toBe(false);
  });

  it('seeds demo staff at full cost when configured as main.ts does (no cost given)', async () => {
    const store = openSqliteStore(join(dir, 'production.sqlite'));
    await seedDemoStaff(store);
    const hashes = (await store.db.select({ passwordHash: staff.passwordHash }).from(staff)).map((r) => r.passwordHash);
    await store.close();
    expect(hashes).toHaveLength(DEMO_ACCOUNTS.length);
    for (const hash of hashes) expect(costOf(hash)).toBe('scrypt$131072$8$1');
    expect(await verifyPassword(DEMO_PASSWORD, hashes[0]!)).toBe(true);
  });

  it('seeds test servers at the test cost, which the stored hash carries to verification', async () => {
    const store = openSqliteStore(join(dir, 'test.sqlite'));
    await seedDemoStaff(store, { cost: TEST_PASSWORD_COST });
    const [row] = await store.db.select({ passwordHash: staff.passwordHash }).from(staff);
    await store.close();
    expect(costOf(row!.passwordHash)).toBe(`scrypt$${TEST_PASSWORD_COST.N}$8$1`);
    expect(await verifyPassword(DEMO_PASSWORD, row!.passwordHash)).toBe(true);
    expect(await verifyPassword('front-door-dem0', row!.passwordHash)).toBe(false);
  });
});

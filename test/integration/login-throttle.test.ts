import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/index.js';
import { auditLog, loginAttempts, staff } from '../../server/db/tables.js';
import { sameDatabase, startTestServer, type TestDatabaseRef, type TestServer } from '../support/test-server.js';

const PASSWORD = 'correct horse battery staple';
let clock = new Date('2026-11-24T11:00:00Z');
let server: TestServer;
let passwordHash: string;

/** Behind a proxy on this machine, so each test can speak from its own client address. */
const start = (database?: TestDatabaseRef) => startTestServer({ now: () => clock, security: { trustedProxy: { kind: 'loopback' } }, ...database });

async function addStaff(username: string) {
  await server.ctx.db
    .insert(staff)
    .values({ id: crypto.randomUUID(), username, displayName: username, passwordHash, role: 'staff', locality: 'west', languages: ['en'] });
}

function login(username: string, password: string, ip: string) {
  return fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, 'x-forwarded-for': ip },
    body: JSON.stringify({ username, password }),
  });
}

const checked = async (where: { username?: string; ip?: string }) =>
  (await server.ctx.db.select().from(loginAttempts)).filter(
    (a) => a.outcome !== 'pending' && (!where.username || a.username === where.username) && (!where.ip || a.ip === where.ip),
  ).length;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  server = await start();
  for (const name of ['aisha', 'tom', 'sam', 'priya']) await addStaff(name);
});
afterAll(async () => {
  await server.dispose();
});

// Every checked password runs real scrypt (N=2^17): seconds each on a busy two-core machine.
describe('login throttling', { timeout: 120_000 }, () => {
  it('checks only a few of 40 concurrent wrong passwords, and tells the rest when to retry', async () => {
    const responses = await Promise.all(Array.from({ length: 40 }, () => login('aisha', 'wrong', '203.0.113.1')));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(37);
    expect(await checked({ username: 'aisha' })).toBeLessThanOrEqual(3);
    const refused = responses.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('still signs the real user in from a clean address while the attacker is throttled', async () => {
    expect((await login('aisha', PASSWORD, '203.0.113.1')).status).toBe(429);
    const real = await login('aisha', PASSWORD, '198.51.100.7');
    expect(real.status).toBe(200);
    expect(real.headers.get('set-cookie')).toMatch(/fd_session=/);
  });

  it('does not lock the real user out after their own typos: it slows them, then lets the right password in', async () => {
    for (let i = 0; i < 4; i++) await login('tom', 'typo', '198.51.100.20');
    const slowed = await login('tom', PASSWORD, '198.51.100.20');
    expect(slowed.status).toBe(429);
    clock = new Date(clock.getTime() + Number(slowed.headers.get('retry-after')) * 1000);
    expect((await login('tom', PASSWORD, '198.51.100.20')).status).toBe(200);
    // Success forgives this address's typos on this account.
    expect((await login('tom', 'typo', '198.51.100.20')).status).toBe(401);
  });

  it('throttles a 100-user password spray from one address', async () => {
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => login(`user${i}`, 'Winter2026!', '203.0.113.9')));
    expect(responses.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(90);
    expect(await checked({ ip: '203.0.113.9' })).toBeLessThanOrEqual(10);
  });

  it('keeps the throttle across a restart (it lives in the database)', async () => {
    await Promise.all(Array.from({ length: 6 }, () => login('priya', 'wrong', '203.0.113.50')));
    expect((await login('priya', 'wrong', '203.0.113.50')).status).toBe(429);
    const before = await checked({ username: 'priya', ip: '203.0.113.50' });
    await server.stop();
    server = await start(sameDatabase(server));
    expect((await login('priya', 'wrong again', '203.0.113.50')).status).toBe(429);
    expect(await checked({ username: 'priya', ip: '203.0.113.50' })).toBe(before);
  });

  it('never runs more than two password checks at once; the overflow is refused quickly', async () => {
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, server.ctx.security.passwordGate.running)), 1);
    const responses = await Promise.all(Array.from({ length: 16 }, (_, i) => login(`bogus${i}`, 'x', `192.0.2.${i + 1}`)));
    clearInterval(watch);
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(2);
    expect(responses.every((r) => r.status === 401 || r.status === 429)).toBe(true);
  });

  it('records success, failure, throttling and logout in the audit log', async () => {
    const ok = await login('sam', PASSWORD, '198.51.100.30');
    const cookie = ok.headers.getSetCookie()[0]!.split(';')[0]!;
    const { csrfToken } = (await ok.json()) as { csrfToken: string };
    await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, origin: server.url } });
    const actions = (await server.ctx.db.select().from(auditLog)).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.login.succeeded', 'auth.login.failed', 'auth.login.throttled', 'auth.logout']));
    const sam = (await server.ctx.db.select().from(staff).where(eq(staff.username, 'sam')))[0]!;
    const success = (await server.ctx.db.select().from(auditLog)).find((row) => row.action === 'auth.login.succeeded' && row.actorId === sam.id);
    expect(success?.detail).toMatchObject({ ip: '198.51.100.30', username: 'sam' });
  });
});

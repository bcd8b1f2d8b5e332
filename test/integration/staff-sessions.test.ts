import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endExpiredSessions, hashPassword } from '../../server/auth/index.js';
import { auditLog, staff } from '../../server/db/tables.js';
import { sameDatabase, startTestServer, type TestServer } from '../support/test-server.js';

const PASSWORD = 'a long staff password';
const START = new Date('2026-11-24T09:00:00Z');
let now = START;
let server: TestServer;

interface Signed {
  cookie: string;
  csrfToken: string;
  setCookie: string;
  call(path: string, init?: RequestInit): Promise<Response>;
}

async function signIn(base: string, headers: Record<string, string> = {}, userAgent = 'Mozilla/5.0 (Windows NT 10.0) Firefox/140.0'): Promise<Signed> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, 'user-agent': userAgent, ...headers },
    body: JSON.stringify({ username: 'aisha', password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  const setCookie = response.headers.getSetCookie()[0]!;
  const cookie = setCookie.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    cookie,
    csrfToken,
    setCookie,
    call: (path, init = {}) =>
      fetch(`${base}${path}`, { ...init, headers: { cookie, origin: base, 'x-csrf-token': csrfToken, 'content-type': 'application/json', ...headers, ...(init.headers ?? {}) } }),
  };
}

beforeAll(async () => {
  server = await startTestServer({ now: () => now, security: { trustedProxy: { kind: 'loopback' }, sessionIdleMs: 30 * 60_000 } });
  await server.ctx.db
    .insert(staff)
    .values({ id: crypto.randomUUID(), username: 'aisha', displayName: 'Aisha', passwordHash: await hashPassword(PASSWORD), role: 'staff', locality: 'west', languages: ['en'] });
});
afterAll(async () => {
  await server.dispose();
});

// Every checked password runs real scrypt (N=2^17): seconds each on a busy two-core machine.
describe('idle timeout', { timeout: 120_000 }, () => {
  it('keeps a session in use alive and ends one left idle, auditing it and telling its sockets', async () => {
    now = START;
    const used = await signIn(server.url);
    const idle = await signIn(server.url);
    const ended: string[] = [];
    const unsubscribe = server.ctx.bus.subscribe('session.ended', (id) => ended.push(id));
    now = new Date(START.getTime() + 20 * 60_000);
    expect((await used.call('/api/auth/session')).status).toBe(200);
    now = new Date(START.getTime() + 35 * 60_000);
    expect((await used.call('/api/auth/session')).status).toBe(200);
    expect((await idle.call('/api/auth/session')).status).toBe(401);
    expect(await endExpiredSessions(server.ctx)).toBe(1);
    unsubscribe();
    expect(ended).toHaveLength(1);
    const expiry = (await server.ctx.db.select().from(auditLog)).filter((row) => row.action === 'auth.session.expired');
    expect(expiry.at(-1)?.detail).toMatchObject({ reason: 'idle' });
    await used.call('/api/auth/logout', { method: 'POST' });
  });

  it('ends every session at its absolute expiry however busy it is', async () => {
    now = START;
    const busy = await signIn(server.url);
    for (let minutes = 20; minutes < 10 * 60; minutes += 20) {
      now = new Date(START.getTime() + minutes * 60_000);
      expect((await busy.call('/api/auth/session')).status).toBe(200);
    }
    now = new Date(START.getTime() + 10 * 3_600_000);
    expect((await busy.call('/api/auth/session')).status).toBe(401);
  });
});

describe('your sessions', { timeout: 120_000 }, () => {
  it('lists them with the current one marked, and ends the others (logging them out everywhere)', async () => {
    now = new Date('2026-11-25T09:00:00Z');
    const laptop = await signIn(server.url);
    const phone = await signIn(server.url, {}, 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile/15E148 Safari/604.1');
    const desk = await signIn(server.url, {}, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0 Safari/537.36 Edg/130.0');
    const list = (await (await laptop.call('/api/auth/sessions')).json()) as { sessions: { id: string; userAgent: string; current: boolean }[] };
    expect(list.sessions.filter((s) => s.current)).toHaveLength(1);
    expect(list.sessions.map((s) => s.userAgent)).toEqual(expect.arrayContaining(['Firefox on Windows', 'Safari on iOS', 'Edge on Windows']));
    expect(JSON.stringify(list)).not.toContain(laptop.cookie.split('=')[1]);

    const phoneId = list.sessions.find((s) => s.userAgent === 'Safari on iOS')!.id;
    const current = list.sessions.find((s) => s.current)!.id;
    expect((await laptop.call(`/api/auth/sessions/${current}/end`, { method: 'POST' })).status).toBe(404);
    expect((await laptop.call(`/api/auth/sessions/${phoneId}/end`, { method: 'POST' })).status).toBe(200);
    expect((await phone.call('/api/auth/session')).status).toBe(401);
    expect((await desk.call('/api/auth/session')).status).toBe(200);

    expect((await laptop.call('/api/auth/sessions/end-others', { method: 'POST', headers: { 'x-csrf-token': 'wrong' } })).status).toBe(403);
    const endOthers = (await (await laptop.call('/api/auth/sessions/end-others', { method: 'POST' })).json()) as { ended: number };
    expect(endOthers.ended).toBeGreaterThanOrEqual(1);
    expect((await desk.call('/api/auth/session')).status).toBe(401);
    expect((await laptop.call('/api/auth/session')).status).toBe(200);
    const actions = (await server.ctx.db.select().from(auditLog)).map((row) => row.action);
    expect(actions.filter((a) => a === 'auth.session.ended').length).toBeGreaterThanOrEqual(2);
  });

  it('ends the session everywhere on logout and publishes session.ended', async () => {
    const session = await signIn(server.url);
    const ended: string[] = [];
    const unsubscribe = server.ctx.bus.subscribe('session.ended', (id) => ended.push(id));
    expect((await session.call('/api/auth/logout', { method: 'POST' })).status).toBe(204);
    unsubscribe();
    expect(ended).toHaveLength(1);
    expect((await session.call('/api/auth/session')).status).toBe(401);
  });
});

describe('CSRF token', { timeout: 120_000 }, () => {
  it('rejects a wrong, short, long or missing token and accepts the right one', async () => {
    const session = await signIn(server.url);
    for (const token of ['', 'x', session.csrfToken.slice(0, -1), `${session.csrfToken}x`, session.csrfToken.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), 'a'.repeat(5000)]) {
      const response = await session.call('/api/auth/sessions/end-others', { method: 'POST', headers: { 'x-csrf-token': token } });
      expect(response.status).toBe(403);
    }
    const response = await fetch(`${server.url}/api/auth/sessions/end-others`, { method: 'POST', headers: { cookie: session.cookie, origin: server.url } });
    expect(response.status).toBe(403);
    expect((await session.call('/api/auth/sessions/end-others', { method: 'POST' })).status).toBe(200);
  });
});

describe('session cookie', { timeout: 120_000 }, () => {
  it('is HttpOnly, SameSite=Strict and not Secure over plain http on localhost', async () => {
    const session = await signIn(server.url);
    expect(session.setCookie).toMatch(/^fd_session=/);
    expect(session.setCookie).toMatch(/HttpOnly/);
    expect(session.setCookie).toMatch(/SameSite=Strict/);
    expect(session.setCookie).not.toMatch(/Secure/);
  });

  it('is Secure with the __Host- prefix behind a trusted TLS proxy, and only that cookie is read there', async () => {
    const session = await signIn(server.url, { 'x-forwarded-proto': 'https' });
    expect(session.setCookie).toMatch(/^__Host-fd_session=/);
    expect(session.setCookie).toMatch(/Secure/);
    expect(session.setCookie).toMatch(/Path=\//);
    expect(session.setCookie).not.toMatch(/Domain/);
    expect((await session.call('/api/auth/session')).status).toBe(200);
    // The unprefixed name is not accepted over TLS (a sibling subdomain could have planted it).
    const plain = session.cookie.replace('__Host-fd_session', 'fd_session');
    expect((await fetch(`${server.url}/api/auth/session`, { headers: { cookie: plain, 'x-forwarded-proto': 'https' } })).status).toBe(401);
  });

  it('ignores X-Forwarded-Proto when the proxy is not trusted', async () => {
    const untrusted = await startTestServer({ now: () => now, ...sameDatabase(server) });
    try {
      const session = await signIn(untrusted.url, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.77' });
      expect(session.setCookie).toMatch(/^fd_session=/);
      expect(session.setCookie).not.toMatch(/Secure/);
      const login = (await untrusted.ctx.db.select().from(auditLog)).filter((row) => row.action === 'auth.login.succeeded').at(-1);
      expect(login?.detail).toMatchObject({ ip: '127.0.0.1' });
    } finally {
      await untrusted.stop();
    }
  });
});

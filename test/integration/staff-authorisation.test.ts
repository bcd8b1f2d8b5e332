import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoffs } from '../../server/db/tables.js';
import { FamilyClient } from '../support/family-client.js';
import { signIn, type StaffClient } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TestSocket, wsUrl } from '../support/test-socket.js';

const OPEN = new Date('2026-11-24T11:00:00Z');
let server: TestServer;
let family: FamilyClient;
let handoffId: string;
let west: StaffClient;
let translator: StaffClient;

beforeAll(async () => {
  server = await startTestServer({ now: () => OPEN, seed: true });
  family = await FamilyClient.start(server.url);
  await family.askForHelp({ postcode: 'BD3 1AA' });
  handoffId = (await server.ctx.db.select().from(handoffs))[0]!.id;
  west = await signIn(server.url, 'west');
  translator = await signIn(server.url, 'translator');
});
afterAll(async () => {
  await family.close();
  await server.dispose();
});

const STAFF_ROUTES: [method: string, path: string, body?: object][] = [
  ['GET', '/api/callbacks'],
  ['POST', '/api/callbacks/00000000-0000-4000-8000-000000000000/done', { outcome: 'called' }],
  ['GET', '/api/enquiries'],
  ['POST', '/api/enquiries', {}],
  ['GET', '/api/enquiries/00000000-0000-4000-8000-000000000000'],
  ['POST', '/api/enquiries/00000000-0000-4000-8000-000000000000/transition', { to: 'triaged' }],
  ['POST', '/api/conversations/00000000-0000-4000-8000-000000000000/consent/withdraw', {}],
  ['GET', '/api/enquiries/export?from=2026-01-01&to=2026-12-31&format=json'],
  ['GET', '/api/manager/scorecard?from=2026-01-01&to=2026-12-31'],
  ['GET', '/api/manager/audit'],
  ['GET', '/api/manager/webhook-deliveries'],
];

describe('staff HTTP routes', () => {
  it.each(STAFF_ROUTES)('%s %s refuses anonymous callers with 401', async (method, path, body) => {
    const response = await fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    expect(response.status).toBe(401);
  });

  it.each(STAFF_ROUTES)('%s %s refuses translators with 403', async (method, path, body) => {
    const response = await translator.fetch(path, { method, ...(body ? { body: JSON.stringify(body) } : {}) });
    expect(response.status).toBe(403);
  });

  it.each(STAFF_ROUTES.filter(([method]) => method === 'POST'))('%s %s refuses a signed-in request without the CSRF token', async (method, path, body) => {
    const response = await fetch(`${server.url}${path}`, { method, headers: { cookie: west.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: expect.stringMatching(/CSRF/) });
  });

  it('refuses a cross-site login and a wrong password without saying which part was wrong', async () => {
    const crossSite = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ username: 'west', password: 'front-door-demo' }),
    });
    expect(crossSite.status).toBe(403);
    await expect(signIn(server.url, 'west', 'wrong')).rejects.toThrow(/401/);
    await expect(signIn(server.url, 'nobody', 'wrong')).rejects.toThrow(/401/);
  });

  it('sets an HttpOnly SameSite=Strict cookie and logs out for good', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ username: 'south', password: 'front-door-demo' }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(response.headers.get('set-cookie')).toMatch(/SameSite=Strict/i);
    const south = await signIn(server.url, 'south');
    expect((await south.fetch('/api/auth/logout', { method: 'POST' })).status).toBe(204);
    expect((await south.fetch('/api/callbacks')).status).toBe(401);
  });
});

describe('staff socket', () => {
  it('closes anonymous and cross-site connections with 4401 and translators with 4403', async () => {
    const anonymous = await TestSocket.open(wsUrl(server.url, '/ws/staff'));
    const crossSite = await TestSocket.open(wsUrl(server.url, '/ws/staff'), { cookie: west.cookie, origin: 'https://evil.example' });
    const translatorSocket = await translator.socket();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(anonymous.closed?.code).toBe(4401);
    expect(crossSite.closed?.code).toBe(4401);
    expect(translatorSocket.closed?.code).toBe(4403);
  });

  it('checks the role and hub on every message type', async () => {
    const socket = await west.socket();
    await socket.waitFor((f) => f.type === 'queue.snapshot');
    const conversationId = family.conversationId;
    // The family is in the East queue; West staff may not act on it.
    const refused: object[] = [
      { type: 'handoff.claim', handoffId },
      { type: 'handoff.release', handoffId },
      { type: 'handoff.transfer', handoffId, locality: 'west' },
      { type: 'handoff.end', handoffId },
      { type: 'conversation.open', conversationId },
      { type: 'message.send', clientMessageId: 'west-msg-0001', conversationId, text: 'hi' },
      { type: 'quick-reply.send', clientMessageId: 'west-msg-0002', conversationId, key: 'quick-replies:greeting' },
      { type: 'consent.request', conversationId },
    ];
    for (const frame of refused) {
      const error = await socket.request(frame, (f) => f.type === 'error');
      expect(error, JSON.stringify(frame)).toMatchObject({ code: 'forbidden' });
    }
    const typing = socket.frames.length;
    socket.send({ type: 'typing.update', conversationId, typing: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(family.socket.frames.some((f) => f.type === 'typing.updated')).toBe(false);
    expect(socket.frames.slice(typing).some((f) => f.type === 'error')).toBe(false);
    await socket.close();
  });

  it('never lets a widget socket act as staff', async () => {
    const widget = await TestSocket.open(wsUrl(server.url, '/ws/widget'));
    for (const frame of [{ type: 'handoff.claim', handoffId }, { type: 'conversation.open', conversationId: family.conversationId }, { type: 'consent.request', conversationId: family.conversationId }]) {
      const error = await widget.request(frame, (f) => f.type === 'error');
      expect(error).toMatchObject({ code: 'bad-frame' });
    }
    await widget.close();
  });
});

import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { conversations, messages } from '../../server/db/tables.js';
import type { SocketLimits } from '../../server/realtime/socket-limits.js';
import { FamilyClient, newClientId } from '../support/family-client.js';
import { signIn } from '../support/staff-client.js';
import { TestSocket, wsUrl } from '../support/test-socket.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

async function start(socketLimits: Partial<SocketLimits> = {}, seed = false): Promise<TestServer> {
  server = await startTestServer({ seed, socketLimits });
  return server;
}

const conversationCount = async (s: TestServer) => (await s.ctx.db.select().from(conversations)).length;

describe('family-controlled values', () => {
  it('accepts only languages from the registry, stored in its spelling', async () => {
    const s = await start();
    const socket = await TestSocket.open(wsUrl(s.url, '/ws/widget'));
    for (const language of ['en\u0000', 'ur\u202e', '__proto__', '=1+2', 'xx-Fake', 'constructor', '+44', 'mixed']) {
      const error = await socket.request({ type: 'conversation.resume', language }, (f) => f.type === 'error');
      expect(error, JSON.stringify(language)).toMatchObject({ code: 'bad-frame' });
    }
    expect(await conversationCount(s)).toBe(0);
    const ready = await socket.request({ type: 'conversation.resume', language: 'ZH' }, (f) => f.type === 'conversation.ready');
    // A bare tag resolves to the registry's language for it.
    expect(ready.language).toBe('zh-Hans');

    const error = await socket.request({ type: 'language.change', language: 'pl', fallbackLanguage: '=cmd|x' }, (f) => f.type === 'error');
    expect(error).toMatchObject({ code: 'bad-frame' });
    socket.send({ type: 'language.change', language: 'pl' });
    await expect.poll(async () => (await s.ctx.db.select().from(conversations).where(eq(conversations.id, ready.conversationId as string)))[0]?.language).toBe('pl');
    // Changing language continues the same conversation; it never starts another.
    expect(await conversationCount(s)).toBe(1);
    await socket.close();
  });

  it('refuses answer values the prompt never offered, such as locale keys, before storing anything', async () => {
    const s = await start();
    const family = await FamilyClient.start(s.url);
    const stored = async () => (await s.ctx.db.select().from(messages).where(eq(messages.conversationId, family.conversationId))).length;
    const before = await stored();
    for (const values of [['common:events.consentWithdrawn'], ['parent-carer', 'consent:withdrawn'], ['talk']]) {
      expect(await family.answer('who', values), values.join()).toMatchObject({ type: 'error', code: 'unprocessable' });
    }
    expect(await family.answer('no-such-node', ['x'])).toMatchObject({ type: 'error', code: 'unprocessable' });
    expect(await stored()).toBe(before);
    expect(await family.answer('who', ['parent-carer'])).toMatchObject({ type: 'message.acked' });
    await family.close();
  });

  it('caps a message at 4,000 characters with its own error code, naming the message', async () => {
    const s = await start();
    const family = await FamilyClient.start(s.url);
    expect(await family.say('x'.repeat(4000))).toMatchObject({ type: 'message.acked' });
    const refused = await family.say('x'.repeat(4001));
    expect(refused).toMatchObject({ type: 'error', code: 'too-long' });
    await family.close();
  });
});

describe('limits per socket and per address', () => {
  it('refuses frames over the rate with their clientMessageId, and refuses every later one while held', async () => {
    const s = await start({ widgetFrames: { perSecond: 0.01, burst: 4 }, rateHoldMs: 60_000 });
    const socket = await TestSocket.open(wsUrl(s.url, '/ws/widget'));
    await socket.request({ type: 'conversation.resume', language: 'en' }, (f) => f.type === 'conversation.ready');
    const ids = Array.from({ length: 6 }, () => newClientId());
    ids.forEach((clientMessageId, i) => socket.send({ type: 'message.send', clientMessageId, text: `message ${i}` }));
    const outcome = await Promise.all(ids.map((id) => socket.waitFor((f) => f.clientMessageId === id && (f.type === 'message.acked' || f.type === 'error'))));
    expect(outcome.map((f) => f.type)).toEqual(['message.acked', 'message.acked', 'message.acked', 'error', 'error', 'error']);
    expect(outcome.slice(3).every((f) => f.code === 'rate-limited')).toBe(true);
    await socket.close();
  });

  it('shares one budget between all sockets of one address', async () => {
    const s = await start({ ipFrames: { perSecond: 0.01, burst: 3 }, rateHoldMs: 0 });
    const a = await TestSocket.open(wsUrl(s.url, '/ws/widget'));
    const b = await TestSocket.open(wsUrl(s.url, '/ws/widget'));
    await a.request({ type: 'conversation.resume', language: 'en' }, (f) => f.type === 'conversation.ready');
    await b.request({ type: 'conversation.resume', language: 'en' }, (f) => f.type === 'conversation.ready');
    await a.request({ type: 'message.send', clientMessageId: 'first-socket-1', text: 'hello' }, (f) => f.type === 'message.acked');
    const refused = await b.request({ type: 'message.send', clientMessageId: 'second-socket-1', text: 'hello' }, (f) => f.type === 'error');
    expect(refused).toMatchObject({ code: 'rate-limited', clientMessageId: 'second-socket-1' });
    await Promise.all([a.close(), b.close()]);
  });

  it('limits new conversations per address with a clear error, while resuming an existing one still works', async () => {
    const s = await start({ conversationsPerIp: 2 });
    const first = await FamilyClient.start(s.url);
    await (await FamilyClient.start(s.url)).close();
    const socket = await TestSocket.open(wsUrl(s.url, '/ws/widget'));
    const refused = await socket.request({ type: 'conversation.resume', language: 'en' }, (f) => f.type === 'error');
    expect(refused).toMatchObject({ code: 'conversation-limit' });
    expect(await conversationCount(s)).toBe(2);
    const resumed = await FamilyClient.start(s.url, 'en', { conversationId: first.conversationId, token: first.ready.token });
    expect(resumed.conversationId).toBe(first.conversationId);
    await Promise.all([first.close(), socket.close(), resumed.close()]);
  });
});

describe('staff frames', { timeout: 120_000 }, () => {
  it('checks permission before the duplicate-id lookup: West gets no ack for East’s message id', async () => {
    const s = await start({}, true);
    const [east, west] = await Promise.all([signIn(s.url, 'east'), signIn(s.url, 'west')]);
    const eastSocket = await east.socket();
    const westSocket = await west.socket();
    await Promise.all([eastSocket.waitFor((f) => f.type === 'queue.snapshot'), westSocket.waitFor((f) => f.type === 'queue.snapshot')]);
    const family = await FamilyClient.start(s.url);
    await family.askForHelp({ postcode: 'BD3 2AA' });
    const queued = await eastSocket.waitFor((f) => f.type === 'queue.updated');
    const handoffId = (queued.entry as { handoffId: string }).handoffId;
    await eastSocket.request({ type: 'handoff.claim', handoffId }, (f) => f.type === 'handoff.claimed');
    const frame = { type: 'message.send', clientMessageId: 'east-message-1', conversationId: family.conversationId, text: 'Hello from East' };
    const ack = await eastSocket.request(frame, (f) => f.type === 'message.acked');
    expect(ack.messageId).toBeTruthy();
    const reused = await westSocket.request(frame, (f) => f.clientMessageId === 'east-message-1');
    expect(reused).toMatchObject({ type: 'error', code: 'forbidden' });
    expect(JSON.stringify(reused)).not.toContain(ack.messageId as string);
    await Promise.all([family.close(), eastSocket.close(), westSocket.close()]);
  });
});

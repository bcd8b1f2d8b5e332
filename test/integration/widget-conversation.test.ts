import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { conversations, handoffs, messages } from '../../server/db/tables.js';
import type { Message, WidgetServerFrame } from '../../server/protocol/index.js';
import { sameDatabase, startTestServer, type TestServer } from '../support/test-server.js';
import { TestSocket, wsUrl } from '../support/test-socket.js';

type Ready = Extract<WidgetServerFrame, { type: 'conversation.ready' }>;
type Acked = Extract<WidgetServerFrame, { type: 'message.acked' }>;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

let counter = 0;
const clientId = () => `client-${Date.now()}-${++counter}`;

/** Messages the socket has received so far, by id (ready snapshot plus live ones). */
function transcript(socket: TestSocket): Message[] {
  const byId = new Map<string, Message>();
  for (const frame of socket.frames) {
    if (frame.type === 'conversation.ready') for (const m of (frame as Ready).messages) byId.set(m.id, m);
    if (frame.type === 'message.created') byId.set((frame.message as Message).id, frame.message as Message);
  }
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

function lastPrompt(socket: TestSocket) {
  const prompts = transcript(socket).filter((m) => m.content.kind === 'prompt');
  const last = prompts.at(-1)?.content;
  if (last?.kind !== 'prompt') throw new Error('no prompt yet');
  return last;
}

async function answer(socket: TestSocket, nodeId: string, values: string[]) {
  const id = clientId();
  return socket.request<Acked>({ type: 'answer.send', clientMessageId: id, nodeId, values }, (f) => f.type === 'message.acked' && f.clientMessageId === id);
}

async function say(socket: TestSocket, text: string) {
  const id = clientId();
  return socket.request<Acked>({ type: 'message.send', clientMessageId: id, text }, (f) => f.type === 'message.acked' && f.clientMessageId === id);
}

async function waitForPrompt(socket: TestSocket, nodeId: string) {
  await socket.waitFor((f) => f.type === 'message.created' && (f.message as Message).content.kind === 'prompt' && (f.message as { content: { nodeId: string } }).content.nodeId === nodeId);
}

describe('a family conversation over a real WebSocket', () => {
  it('completes the intake, gets matched resources, and resumes after a restart with nothing lost', async () => {
    server = await startTestServer();
    const family = await TestSocket.open(wsUrl(server.url, '/ws/widget'));
    const ready = await family.request<Ready>({ type: 'conversation.resume', language: 'en' }, (f) => f.type === 'conversation.ready');
    expect(ready.token.length).toBeGreaterThan(20);
    expect(lastPrompt(family).nodeId).toBe('who');

    await answer(family, 'who', ['parent-carer']);
    await waitForPrompt(family, 'ages');
    await answer(family, 'ages', ['2-4', '5-11']);
    await waitForPrompt(family, 'needs');
    await answer(family, 'needs', ['money-debt', 'housing']);
    await waitForPrompt(family, 'postcode');
    await say(family, 'bd7 1ab');
    await waitForPrompt(family, 'urgency');
    await answer(family, 'urgency', ['this-week']);
    await waitForPrompt(family, 'own-words');
    await say(family, 'We are behind on rent and the landlord wants us out.');
    await waitForPrompt(family, 'offer');

    const resources = transcript(family).find((m) => m.content.kind === 'resources');
    expect(resources?.content.kind).toBe('resources');
    const cards = resources?.content.kind === 'resources' ? resources.content.cards : [];
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.needs.some((n) => n === 'money-debt' || n === 'housing'))).toBe(true);

    // The intake summary is stored, and only the postcode district was kept.
    const row = (await server.ctx.db.select().from(conversations).where(eq(conversations.id, ready.conversationId)))[0]!;
    expect(row.summary).toMatchObject({ who: 'parent-carer', childAges: ['2-4', '5-11'], needs: ['money-debt', 'housing'], postcodeDistrict: 'BD7', locality: 'south', urgency: 'this-week' });
    const stored = (await server.ctx.db.select().from(messages).where(eq(messages.conversationId, ready.conversationId)));
    const familyWords = JSON.stringify(stored.filter((m) => m.author === 'family').map((m) => m.content)).toLowerCase();
    expect(familyWords).toContain('bd7');
    expect(familyWords).not.toContain('1ab');

    const before = transcript(family);
    await family.close();
    const database = sameDatabase(server);
    await server.stop();
    server = await startTestServer(database);

    const again = await TestSocket.open(wsUrl(server.url, '/ws/widget'));
    const resumed = await again.request<Ready>(
      { type: 'conversation.resume', conversationId: ready.conversationId, token: ready.token, language: 'en' },
      (f) => f.type === 'conversation.ready',
    );
    expect(resumed.conversationId).toBe(ready.conversationId);
    expect(resumed.messages.map((m) => m.id)).toEqual(before.map((m) => m.id));
    expect(lastPrompt(again).nodeId).toBe('offer');

    await answer(again, 'offer', ['talk']);
    const waiting = await again.waitFor<Extract<WidgetServerFrame, { type: 'handoff.updated' }>>((f) => f.type === 'handoff.updated');
    // Nobody is signed in to answer: a callback is offered and no place in the queue is claimed.
    expect(waiting.handoff).toMatchObject({ status: 'waiting', offerCallback: true });
    expect(waiting.handoff.position).toBeUndefined();
    const handoff = (await server.ctx.db.select().from(handoffs).where(eq(handoffs.conversationId, ready.conversationId)))[0];
    expect(handoff).toMatchObject({ status: 'waiting', locality: 'south' });
    await again.close();
  });

  it('stores a resent message once and acknowledges it with the same id', async () => {
    server = await startTestServer();
    const family = await TestSocket.open(wsUrl(server.url, '/ws/widget'));
    const ready = await family.request<Ready>({ type: 'conversation.resume', language: 'en' }, (f) => f.type === 'conversation.ready');
    const frame = { type: 'answer.send', clientMessageId: 'same-id-123456', nodeId: 'who', values: ['helper'] };
    const first = await family.request<Acked>(frame, (f) => f.type === 'message.acked');
    const second = await family.request<Acked>(frame, (f) => f.type === 'message.acked');
    expect(second.messageId).toBe(first.messageId);
    const rows = (await server.ctx.db.select().from(messages).where(eq(messages.conversationId, ready.conversationId)));
    expect(rows.filter((r) => r.clientMessageId === 'same-id-123456')).toHaveLength(1);
    expect(rows.filter((r) => (r.content as { nodeId?: string }).nodeId === 'ages').length).toBe(1);
    await family.close();
  });

  it('answers bad frames with an error frame and keeps the connection and data intact', async () => {
    server = await startTestServer();
    const family = await TestSocket.open(wsUrl(server.url, '/ws/widget'));
    const early = await family.request({ type: 'message.send', clientMessageId: clientId(), text: 'hi' }, (f) => f.type === 'error');
    expect(early).toMatchObject({ code: 'not-ready' });
    const ready = await family.request<Ready>({ type: 'conversation.resume', language: 'en' }, (f) => f.type === 'conversation.ready');

    const notJson = await family.request('{not json', (f) => f.type === 'error');
    expect(notJson).toMatchObject({ code: 'bad-frame', message: expect.stringContaining('JSON') });
    const unknownType = await family.request({ type: 'conversation.delete' }, (f) => f.type === 'error');
    expect(unknownType).toMatchObject({ code: 'bad-frame' });
    const emptyText = await family.request({ type: 'message.send', clientMessageId: clientId(), text: '   ' }, (f) => f.type === 'error');
    expect(emptyText).toMatchObject({ code: 'bad-frame', message: expect.stringContaining('text') });

    expect(family.isOpen).toBe(true);
    const ack = await answer(family, 'who', ['parent-carer']);
    expect(ack.seq).toBeGreaterThan(0);
    const count = (await server.ctx.db.select().from(messages).where(eq(messages.conversationId, ready.conversationId))).length;
    expect(count).toBe(transcript(family).length);
    await family.close();
  });

  it('politely rejects an answer to a question that is not being asked, keeping the flow where it was', async () => {
    server = await startTestServer();
    const family = await TestSocket.open(wsUrl(server.url, '/ws/widget'));
    await family.request<Ready>({ type: 'conversation.resume', language: 'en' }, (f) => f.type === 'conversation.ready');
    await answer(family, 'urgency', ['today']);
    await waitForPrompt(family, 'who');
    expect(lastPrompt(family).nodeId).toBe('who');
    await family.close();
  });

  it('never resumes a conversation without its token', async () => {
    server = await startTestServer();
    const first = await TestSocket.open(wsUrl(server.url, '/ws/widget'));
    const ready = await first.request<Ready>({ type: 'conversation.resume', language: 'en' }, (f) => f.type === 'conversation.ready');
    const other = await TestSocket.open(wsUrl(server.url, '/ws/widget'));
    const guess = await other.request<Ready>(
      { type: 'conversation.resume', conversationId: ready.conversationId, token: 'x'.repeat(32), language: 'en' },
      (f) => f.type === 'conversation.ready',
    );
    expect(guess.conversationId).not.toBe(ready.conversationId);
    await Promise.all([first.close(), other.close()]);
  });
});

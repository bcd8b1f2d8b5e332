import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../server/app-context.js';
import { auditLog, handoffs, webhookDeliveries } from '../../server/db/tables.js';
import { eq } from 'drizzle-orm';
import { FamilyClient } from '../support/family-client.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-test-database.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { signIn } from '../support/staff-client.js';
import { TestSocket, wsUrl } from '../support/test-socket.js';

/** A Monday, 10:00 in London: every hub is open. */
const OPEN = '2026-11-30T10:00:00Z';
const children: ChildProcess[] = [];
const databases: TestDatabase[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const database of databases.splice(0)) await database.drop();
});
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

async function database(): Promise<TestDatabase> {
  const created = await createTestDatabase();
  databases.push(created);
  return created;
}

/** A separate OS process running the real server on the shared database. */
async function startProcess(url: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const started = await startServerProcess({ databaseUrl: url }, new Date(OPEN), env);
  children.push(started.child);
  return started;
}

const status = (f: Record<string, unknown>) => (f.handoff as { status?: string } | undefined)?.status;

describe('several server processes on one PostgreSQL', () => {
  it('a family on A and West staff on B see each other live, and the family resumes through B when A is killed', async () => {
    const db = await database();
    const a = await startProcess(db.url);
    const b = await startProcess(db.url);

    const west = await signIn(b.url, 'west');
    const desk = await west.socket();
    await desk.waitFor((f) => f.type === 'queue.snapshot');

    const family = await FamilyClient.start(a.url);
    await family.askForHelp({ postcode: 'BD8 9NN' });
    // West staff are online on B, so the family on A is told they are waiting, not offered a callback.
    const waiting = await family.socket.waitFor((f) => f.type === 'handoff.updated' && status(f) === 'waiting');
    expect((waiting.handoff as { offerCallback?: boolean }).offerCallback).toBeFalsy();

    const queued = await desk.waitFor((f) => f.type === 'queue.updated' && (f.entry as { conversationId: string }).conversationId === family.conversationId, {
      timeoutMs: 10_000,
    });
    const handoffId = (queued.entry as { handoffId: string }).handoffId;
    desk.send({ type: 'handoff.claim', handoffId });
    await family.socket.waitFor((f) => f.type === 'handoff.updated' && status(f) === 'active', { timeoutMs: 10_000 });

    desk.send({ type: 'conversation.open', conversationId: family.conversationId });
    const detail = await desk.waitFor((f) => f.type === 'conversation.detail', { timeoutMs: 10_000 });
    expect((detail.detail as { familyOnline: boolean }).familyOnline).toBe(true);

    // Messages and typing, both ways, across the processes.
    desk.send({ type: 'message.send', conversationId: family.conversationId, clientMessageId: 'staff-1-abcdef', text: 'Hello, I am Aisha.' });
    await family.socket.waitFor((f) => f.type === 'message.created' && (f.message as { author: string }).author === 'staff', { timeoutMs: 10_000 });
    const acked = await family.say('Thank you, we need help with sleep.');
    expect(acked.type).toBe('message.acked');
    await desk.waitFor((f) => f.type === 'message.created' && (f.message as { id: string }).id === acked.messageId, { timeoutMs: 10_000 });
    family.socket.send({ type: 'typing.update', typing: true });
    await desk.waitFor((f) => f.type === 'typing.updated' && f.typing === true, { timeoutMs: 10_000 });
    desk.send({ type: 'typing.update', conversationId: family.conversationId, typing: true });
    await family.socket.waitFor((f) => f.type === 'typing.updated' && f.typing === true, { timeoutMs: 10_000 });

    // A dies without a goodbye: the family comes back through B with everything acknowledged.
    a.child.kill('SIGKILL');
    await expect.poll(() => family.socket.closed, { timeout: 10_000 }).toBeTruthy();
    const resumed = await FamilyClient.start(b.url, 'en', { conversationId: family.conversationId, token: family.ready.token });
    expect(resumed.ready.messages.map((m) => m.id)).toContain(acked.messageId);
    await desk.waitFor((f) => f.type === 'family.presence' && f.conversationId === family.conversationId && f.online === true, { timeoutMs: 20_000 });
    await resumed.close();
    await desk.close();
  }, 120_000);

  it('an address spread over two processes gets its limits once between them, not once each', async () => {
    const db = await database();
    const limited = () => startServerProcess({ databaseUrl: db.url }, new Date(OPEN), { CONVERSATIONS_PER_IP: '4' }).then((p) => (children.push(p.child), p));
    const processes = [await limited(), await limited()];
    const seen = async (url: string) => ((await (await fetch(`${url}/readyz`)).json()) as { processes: number }).processes;
    // Each learns of the other from its heartbeat row (rewritten every 5 s).
    for (const { url } of processes) await expect.poll(() => seen(url), { timeout: 15_000, interval: 500 }).toBe(2);

    // Four new conversations per address in total: two on each process. Alone, each would allow four.
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const socket = await TestSocket.open(wsUrl(processes[i % 2]!.url, '/ws/widget'));
      const reply = await socket.request<{ type: string; code?: string }>({ type: 'conversation.resume', language: 'en' }, (f) => f.type === 'conversation.ready' || f.type === 'error');
      outcomes.push(reply.type === 'error' ? (reply.code ?? 'error') : 'started');
      await socket.close();
    }
    expect(outcomes).toEqual(['started', 'started', 'started', 'started', 'conversation-limit', 'conversation-limit']);
  }, 60_000);

  it('100 claims of one waiting family, sent at once through both processes, have one winner', async () => {
    const db = await database();
    const [a, b] = await Promise.all([startProcess(db.url), startProcess(db.url)]);
    const family = await FamilyClient.start(a.url);
    await family.askForHelp({ postcode: 'BD8 9NN' });
    // Two accounts that may work West's queue, one signed in on each process, ten sockets each.
    const desks = (await Promise.all([signIn(a.url, 'west'), signIn(b.url, 'manager')])).flatMap((staff) => Array.from({ length: 10 }, () => staff));
    const sockets = await Promise.all(desks.map((staff) => staff.socket()));
    const snapshot = await sockets[0]!.waitFor((f) => f.type === 'queue.snapshot');
    const handoffId = (snapshot.entries as { handoffId: string; conversationId: string }[]).find((e) => e.conversationId === family.conversationId)!.handoffId;

    for (let round = 0; round < 5; round++) for (const socket of sockets) socket.send({ type: 'handoff.claim', handoffId });
    const conflicts = () => sockets.reduce((n, s) => n + s.frames.filter((f) => f.type === 'error' && f.code === 'conflict').length, 0);
    await expect.poll(conflicts, { timeout: 30_000 }).toBe(99);
    // No other outcome: every refusal is a conflict, and the one winner is what both processes read.
    expect(sockets.flatMap((s) => s.frames.filter((f) => f.type === 'error' && f.code !== 'conflict'))).toEqual([]);
    const reader = await createAppContext({ databasePath: ':memory:', databaseUrl: db.url });
    expect(await reader.db.select().from(auditLog).where(eq(auditLog.action, 'handoff.claimed'))).toHaveLength(1);
    expect((await reader.db.select().from(handoffs).where(eq(handoffs.id, handoffId)))[0]?.status).toBe('active');
    await reader.store.close();
    await family.socket.waitFor((f) => f.type === 'handoff.updated' && status(f) === 'active', { timeoutMs: 10_000 });
    await family.close();
    for (const socket of sockets) await socket.close();
  }, 120_000);

  it('two processes dispatching webhooks send each delivery exactly once, each subject in order', async () => {
    const db = await database();
    const received: string[] = [];
    const receiver = createServer((request, response) => {
      received.push(String(request.headers['webhook-id']));
      request.resume();
      request.on('end', () => setTimeout(() => response.writeHead(204).end(), 2));
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    try {
      const writer = await createAppContext({ databasePath: ':memory:', databaseUrl: db.url });
      const at = new Date(OPEN).toISOString();
      const rows = Array.from({ length: 60 }, (_, i) => ({
        id: `msg_${String(i).padStart(4, '0')}`,
        enquiryId: `enquiry-${i % 6}`,
        eventType: 'enquiry.created',
        payload: JSON.stringify({ n: i }),
        status: 'pending' as const,
        nextAttemptAt: at,
        createdAt: at,
      }));
      await writer.store.transaction((tx) => tx.insert(webhookDeliveries).values(rows));
      await writer.store.close();

      const env = { WEBHOOK_URL: receiverUrl, WEBHOOK_SECRET: 'whsec_c2VjcmV0' };
      await Promise.all([startProcess(db.url, env), startProcess(db.url, env)]);
      await expect.poll(() => received.length, { timeout: 60_000, interval: 200 }).toBe(rows.length);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(received).toHaveLength(rows.length);
      expect(new Set(received).size).toBe(rows.length);
      for (let subject = 0; subject < 6; subject++) {
        const sent = received.filter((id) => Number(id.slice(4)) % 6 === subject);
        expect(sent).toEqual([...sent].sort());
      }
    } finally {
      receiver.close();
    }
  }, 120_000);
});

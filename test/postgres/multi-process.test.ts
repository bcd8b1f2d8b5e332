import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../server/app-context.js';
import { handoffs, staff as staffTable, webhookDeliveries } from '../../server/db/tables.js';
import { ConflictError } from '../../server/domain-errors.js';
import { createWebhookDispatcher } from '../../server/enquiries/index.js';
import { claimHandoff } from '../../server/handoff/index.js';
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
async function startProcess(url: string): Promise<ServerProcess> {
  const started = await startServerProcess({ databaseUrl: url }, new Date(OPEN));
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

  it('100 claims of one waiting family across two processes have one winner', async () => {
    const db = await database();
    const contexts: AppContext[] = await Promise.all([0, 1].map(() => createAppContext({ databasePath: ':memory:', databaseUrl: db.url, now: () => new Date(OPEN) })));
    const server = await startProcess(db.url);
    const family = await FamilyClient.start(server.url);
    await family.askForHelp({ postcode: 'BD8 9NN' });
    const [handoff] = await contexts[0]!.db.select().from(handoffs);
    const staffRows = await contexts[0]!.db.select().from(staffTable).where(eq(staffTable.role, 'manager'));
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        claimHandoff({ ctx: contexts[i % 2]!, actor: staffRows[0]!, handoffId: handoff!.id }).then(
          () => 'won',
          (error: unknown) => (error instanceof ConflictError ? 'conflict' : String(error)),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'conflict')).toHaveLength(99);
    await family.close();
    for (const ctx of contexts) await ctx.store.close();
  }, 60_000);

  it('two webhook dispatchers send each delivery exactly once, each subject in order', async () => {
    const db = await database();
    const contexts: AppContext[] = await Promise.all([0, 1].map(() => createAppContext({ databasePath: ':memory:', databaseUrl: db.url })));
    const at = new Date().toISOString();
    const rows = Array.from({ length: 60 }, (_, i) => ({
      id: `msg_${String(i).padStart(4, '0')}`,
      enquiryId: `enquiry-${i % 6}`,
      eventType: 'enquiry.created',
      payload: JSON.stringify({ n: i }),
      status: 'pending' as const,
      nextAttemptAt: at,
      createdAt: at,
    }));
    await contexts[0]!.store.transaction((tx) => tx.insert(webhookDeliveries).values(rows));
    const received: string[] = [];
    const receiver: typeof fetch = async (_url, init) => {
      received.push(new Headers(init?.headers).get('webhook-id')!);
      await new Promise((resolve) => setTimeout(resolve, 2));
      return new Response(null, { status: 204 });
    };
    const dispatchers = contexts.map((ctx) => createWebhookDispatcher({ store: ctx.store, url: 'http://receiver.invalid/', secret: 'whsec_c2VjcmV0', now: () => new Date(), fetch: receiver, batchSize: 5 }));
    for (let round = 0; round < 30 && received.length < rows.length; round++) await Promise.all(dispatchers.map((d) => d.deliverDue()));
    expect(received).toHaveLength(rows.length);
    expect(new Set(received).size).toBe(rows.length);
    for (let subject = 0; subject < 6; subject++) {
      const sent = received.filter((id) => Number(id.slice(4)) % 6 === subject);
      expect(sent).toEqual([...sent].sort());
    }
    for (const ctx of contexts) await ctx.store.close();
  }, 60_000);
});

import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../server/app-context.js';
import { seedDemoStaff } from '../../server/auth/index.js';
import { staff as staffTable, handoffs } from '../../server/db/tables.js';
import { ConflictError } from '../../server/domain-errors.js';
import { claimHandoff } from '../../server/handoff/index.js';
import type { Message, QueueEntry } from '../../server/protocol/index.js';
import { FamilyClient } from '../support/family-client.js';
import { signIn } from '../support/staff-client.js';
import { sameDatabase, startTestServer, type TestServer } from '../support/test-server.js';

// A Tuesday at 11:00 in London: every hub is open.
const OPEN = new Date('2026-11-24T11:00:00Z');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const events = (messages: Message[]) => messages.flatMap((m) => (m.content.kind === 'event' ? [m.content.text] : []));

describe('the live handoff queue', () => {
  it('routes by postcode, orders urgent first, and lets exactly one of two racing staff claim', async () => {
    server = await startTestServer({ now: () => OPEN, seed: true });
    const tom = await signIn(server.url, 'south');
    const jo = await signIn(server.url, 'manager');
    const [tomSocket, joSocket] = await Promise.all([tom.socket(), jo.socket()]);
    await tomSocket.waitFor((f) => f.type === 'queue.snapshot');

    const calm = await FamilyClient.start(server.url);
    await calm.askForHelp({ postcode: 'BD7 2AA' });
    const nowhere = await FamilyClient.start(server.url);
    await nowhere.askForHelp();
    const urgent = await FamilyClient.start(server.url);
    await urgent.askForHelp({ postcode: 'BD6 1AA', urgency: 'danger-now' });

    const rows = (await server.ctx.db.select().from(handoffs));
    expect(rows.find((h) => h.conversationId === calm.conversationId)?.locality).toBe('south');
    expect(rows.find((h) => h.conversationId === nowhere.conversationId)?.locality).toBe('shared');

    const snapshot = await (await tom.socket()).waitFor<{ type: string; entries: QueueEntry[] }>((f) => f.type === 'queue.snapshot');
    const south = snapshot.entries.filter((e) => e.locality === 'south').map((e) => e.conversationId);
    expect(south).toEqual([urgent.conversationId, calm.conversationId]);
    expect(snapshot.entries.find((e) => e.conversationId === urgent.conversationId)).toMatchObject({ urgent: true, urgentReason: 'immediate-danger' });

    const handoffId = rows.find((h) => h.conversationId === calm.conversationId)!.id;
    const before = [tomSocket.frames.length, joSocket.frames.length];
    tomSocket.send({ type: 'handoff.claim', handoffId });
    joSocket.send({ type: 'handoff.claim', handoffId });
    const claimed = await tomSocket.waitFor<{ type: string; entry: QueueEntry }>((f) => f.type === 'queue.updated' && (f.entry as QueueEntry).handoffId === handoffId && (f.entry as QueueEntry).status === 'active', { since: before[0] });
    const loserSocket = claimed.entry.claimedBy === tom.staff.id ? joSocket : tomSocket;
    const lost = await loserSocket.waitFor((f) => f.type === 'error', { since: loserSocket === joSocket ? before[1] : before[0] });
    expect(lost).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already taken/) });
    const winner = (await server.ctx.db.select().from(handoffs).where(eq(handoffs.id, handoffId)))[0]!;
    expect(winner.claimedBy).toBe(claimed.entry.claimedBy);

    const joined = await calm.socket.waitFor((f) => f.type === 'handoff.updated' && (f.handoff as { status: string }).status === 'active');
    expect(joined).toMatchObject({ handoff: { staffName: claimed.entry.claimedByName } });
    await Promise.all([calm.close(), nowhere.close(), urgent.close()]);
  });

  it('is atomic across separate database connections too', async () => {
    server = await startTestServer({ now: () => OPEN, seed: true });
    const family = await FamilyClient.start(server.url);
    await family.askForHelp({ postcode: 'BD3 9AA' });
    const handoffId = (await server.ctx.db.select().from(handoffs))[0]!.id;
    const other = await createAppContext({ ...sameDatabase(server), now: () => OPEN });
    const sam = (await server.ctx.db.select().from(staffTable).where(eq(staffTable.username, 'east')))[0]!;
    const jo = (await other.db.select().from(staffTable).where(eq(staffTable.username, 'manager')))[0]!;
    // One after the other through two connections, as two processes on one file would (true
    // concurrency across processes is the PostgreSQL multi-process test's; in one process a second
    // SQLite connection would wait synchronously on the first and stall the event loop).
    const outcomes = [];
    for (const claim of [() => claimHandoff({ ctx: server!.ctx, actor: sam, handoffId }), () => claimHandoff({ ctx: other, actor: jo, handoffId })]) {
      outcomes.push(
        await claim().then(
          () => 'won',
          (error: unknown) => (error instanceof ConflictError ? 'conflict' : String(error)),
        ),
      );
    }
    expect(outcomes.sort()).toEqual(['conflict', 'won']);
    await other.store.close();
    await family.close();
  });

  it('chats both ways live, then transfers to another hub keeping the whole transcript', async () => {
    server = await startTestServer({ now: () => OPEN, seed: true });
    const family = await FamilyClient.start(server.url);
    await family.askForHelp({ postcode: 'BD5 0AA' });
    const tom = await signIn(server.url, 'south');
    const sam = await signIn(server.url, 'east');
    const tomSocket = await tom.socket();
    const samSocket = await sam.socket();
    const { entries } = await tomSocket.waitFor<{ type: string; entries: QueueEntry[] }>((f) => f.type === 'queue.snapshot');
    const handoffId = entries[0]!.handoffId;

    tomSocket.send({ type: 'handoff.claim', handoffId });
    await family.socket.waitFor((f) => f.type === 'handoff.updated' && (f.handoff as { status: string }).status === 'active');
    const detail = await tomSocket.request<{ type: string; detail: { summary: { needs: string[]; locality: string }; messages: Message[] } }>(
      { type: 'conversation.open', conversationId: family.conversationId },
      (f) => f.type === 'conversation.detail',
    );
    expect(detail.detail.summary).toMatchObject({ needs: ['behaviour-parenting'], locality: 'south' });

    tomSocket.send({ type: 'typing.update', conversationId: family.conversationId, typing: true });
    await family.socket.waitFor((f) => f.type === 'typing.updated' && f.typing === true && f.name === 'Tom');
    tomSocket.send({ type: 'message.send', clientMessageId: 'staff-msg-00001', conversationId: family.conversationId, text: 'Hello, I am Tom.' });
    await family.socket.waitFor((f) => f.type === 'message.created' && (f.message as Message).author === 'staff');
    await family.say('Thank you, my son will not go to school.');
    await tomSocket.waitFor((f) => f.type === 'message.created' && (f.message as Message).author === 'family' && JSON.stringify(f).includes('my son'));

    const transcriptLength = family.messages().length;
    tomSocket.send({ type: 'handoff.transfer', handoffId, locality: 'east' });
    await samSocket.waitFor((f) => f.type === 'queue.updated' && (f.entry as QueueEntry).locality === 'east' && (f.entry as QueueEntry).status === 'waiting');
    samSocket.send({ type: 'handoff.claim', handoffId });
    await family.socket.waitFor((f) => f.type === 'handoff.updated' && (f.handoff as { staffName?: string }).staffName === 'Sam');
    const samView = await samSocket.request<{ type: string; detail: { messages: Message[] } }>(
      { type: 'conversation.open', conversationId: family.conversationId },
      (f) => f.type === 'conversation.detail',
    );
    expect(samView.detail.messages.length).toBeGreaterThan(transcriptLength);
    expect(JSON.stringify(samView.detail.messages)).toContain('my son will not go to school');
    expect(events(family.messages()).map((e) => e.key)).toEqual(
      expect.arrayContaining(['common:events.staffJoined', 'common:events.transferred']),
    );
    expect(events(family.messages()).find((e) => e.key === 'common:events.transferred')?.params).toEqual({ hub: 'East Family Hub' });

    const lateTom = await tomSocket.request(
      { type: 'message.send', clientMessageId: 'staff-msg-00002', conversationId: family.conversationId, text: 'still here?' },
      (f) => f.type === 'error',
    );
    expect(lateTom).toMatchObject({ code: 'forbidden' });
    await family.close();
    const offline = await samSocket.waitFor((f) => f.type === 'family.presence' && f.online === false);
    expect(offline).toMatchObject({ conversationId: family.conversationId });
  });
});

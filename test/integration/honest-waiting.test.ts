import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { callbacks, handoffs } from '../../server/db/tables.js';
import type { FamilyHandoffView } from '../../server/protocol/index.js';
import { FamilyClient } from '../support/family-client.js';
import { signIn } from '../support/staff-client.js';
import type { TestSocket } from '../support/test-socket.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

type Frame = TestSocket['frames'][number];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

/** Tuesday 24 November 2026, 11:00 in London: every hub is open. */
const TUESDAY_11AM = new Date('2026-11-24T11:00:00Z');

const isView = (f: Frame) => f.type === 'handoff.updated';
const viewOf = (f: Frame) => f.handoff as FamilyHandoffView;

function lastView(family: FamilyClient): FamilyHandoffView {
  return viewOf(family.socket.frames.findLast(isView)!);
}

/** Places move after presence events, which on PostgreSQL take a trip through the database first. */
function waitForView(family: FamilyClient, match: (view: FamilyHandoffView) => boolean) {
  return family.socket.waitFor((f) => isView(f) && match(viewOf(f)), { timeoutMs: 20_000 });
}

/** A clock the test moves on by hand. */
function clockAt(start: Date) {
  let now = start.getTime();
  return { now: () => new Date(now), advanceMinutes: (minutes: number) => (now += minutes * 60_000) };
}

async function handoffOf(family: FamilyClient) {
  return (await server!.ctx.db.select().from(handoffs).where(eq(handoffs.conversationId, family.conversationId)))[0]!;
}

describe('honest waiting', () => {
  it('counts only families still there, and moves places as they leave and come back', async () => {
    // A minute between requests: the queue orders by request time, and a tie has no order on PostgreSQL.
    const clock = clockAt(TUESDAY_11AM);
    server = await startTestServer({ now: clock.now, seed: true });
    const staff = await (await signIn(server.url, 'west')).socket();
    const [first, second, third] = [await FamilyClient.start(server.url), await FamilyClient.start(server.url), await FamilyClient.start(server.url)];
    for (const family of [first!, second!, third!]) {
      await family.askForHelp({ postcode: 'BD8 1AA' });
      clock.advanceMinutes(1);
    }
    await waitForView(third!, (v) => v.position === 3);
    expect(lastView(third!)).toMatchObject({ status: 'waiting', position: 3, offerCallback: false });

    await first!.close();
    await waitForView(third!, (v) => v.position === 2);
    await waitForView(second!, (v) => v.position === 1);

    const back = await FamilyClient.start(server.url, 'en', { conversationId: first!.conversationId, token: first!.ready.token });
    // Coming back keeps the place they had: they asked first.
    expect(back.ready.handoff).toMatchObject({ status: 'waiting', position: 1 });
    await waitForView(third!, (v) => v.position === 3);
    await Promise.all([back.close(), second!.close(), third!.close(), staff.close()]);
  });

  it('never shows a place in the queue when no one can answer', async () => {
    server = await startTestServer({ now: () => TUESDAY_11AM, seed: true });
    const family = await FamilyClient.start(server.url);
    await family.askForHelp({ postcode: 'BD8 1AA' });
    expect(lastView(family)).toEqual({ status: 'waiting', offerCallback: true });
    await family.close();
  });

  it('out of hours, tells the family when their hub opens again first', async () => {
    // Saturday 28 November 2026, 10:00: Keighley & Shipley opens on Monday at 08:30 (GMT).
    server = await startTestServer({ now: () => new Date('2026-11-28T10:00:00Z'), seed: true });
    const staff = await (await signIn(server.url, 'keighley')).socket();
    const family = await FamilyClient.start(server.url);
    await family.askForHelp({ postcode: 'BD21 1AA' });
    // Even with someone signed in, a closed hub gives no place in a queue.
    expect(lastView(family)).toEqual({ status: 'waiting', offerCallback: true, opensAt: '2026-11-30T08:30:00.000Z' });
    // A number nobody could dial is refused whatever the client, and nothing is stored.
    expect(await family.send({ type: 'callback.request', contactMethod: 'text', contactValue: 'call me', permissionToContact: true })).toMatchObject({ type: 'error', code: 'unprocessable' });
    expect(await server.ctx.db.select().from(callbacks)).toEqual([]);
    const ack = await family.send({ type: 'callback.request', contactMethod: 'text', contactValue: '07700 900123', permissionToContact: true });
    expect(ack.type).toBe('message.acked');
    // The confirmation carries the time already promised, and the ended handoff says why.
    await waitForView(family, (v) => v.status === 'callback' && v.callbackDueAt === '2026-11-30T17:00:00.000Z');
    expect(await handoffOf(family)).toMatchObject({ status: 'ended', endReason: 'became-callback' });
    await Promise.all([family.close(), staff.close()]);
  });

  it('releases a family gone past the set time, with the reason, and tells them when they come back', async () => {
    const clock = clockAt(TUESDAY_11AM);
    server = await startTestServer({ now: clock.now, seed: true });
    const staff = await (await signIn(server.url, 'west')).socket();
    const gone = await FamilyClient.start(server.url);
    const staying = await FamilyClient.start(server.url);
    await gone.askForHelp({ postcode: 'BD8 1AA' });
    clock.advanceMinutes(1);
    await staying.askForHelp({ postcode: 'BD8 1AA' });
    await gone.close();
    await waitForView(staying, (v) => v.position === 1);
    const handoff = await handoffOf(gone);

    expect(await server.goneFamilies.sweep()).toEqual([]);
    clock.advanceMinutes(server.ctx.hubs.waitingFamilyGoneAfterMinutes - 1);
    expect(await server.goneFamilies.sweep()).toEqual([]);
    expect((await handoffOf(gone)).status).toBe('waiting');
    clock.advanceMinutes(1);
    const removed = staff.waitFor((f) => f.type === 'queue.removed' && f.handoffId === handoff.id);
    expect(await server.goneFamilies.sweep()).toEqual([handoff.id]);
    await removed;
    expect(await handoffOf(gone)).toMatchObject({ status: 'ended', endReason: 'family-gone' });
    // No contact details were given, so no callback was made up.
    expect(await server.ctx.db.select().from(callbacks)).toEqual([]);
    // The family still there is never released, however long they wait.
    clock.advanceMinutes(60);
    expect(await server.goneFamilies.sweep()).toEqual([]);
    expect((await handoffOf(staying)).status).toBe('waiting');

    const back = await FamilyClient.start(server.url, 'en', { conversationId: gone.conversationId, token: gone.ready.token });
    expect(back.ready.handoff.status).toBe('ended');
    expect(back.messages().at(-1)?.content).toEqual({ kind: 'event', text: { key: 'common:events.leftQueue' } });
    // Asking again puts them back in the queue.
    await back.send({ type: 'handoff.request' });
    await waitForView(back, (v) => v.status === 'waiting' && v.position === 2);
    await Promise.all([back.close(), staying.close(), staff.close()]);
  });

  it('turns a gone family into a callback when they gave contact details earlier', async () => {
    const clock = clockAt(TUESDAY_11AM);
    server = await startTestServer({ now: clock.now, seed: true });
    const family = await FamilyClient.start(server.url);
    await family.askForHelp({ postcode: 'BD8 1AA' });
    await family.send({ type: 'callback.request', contactMethod: 'email', contactValue: 'parent@example.org', preferredTime: 'mornings', permissionToContact: true });
    const aisha = await signIn(server.url, 'west');
    const [first] = (await (await aisha.fetch('/api/callbacks')).json()).callbacks as { id: string }[];
    expect((await aisha.fetch(`/api/callbacks/${first!.id}/done`, { method: 'POST', body: JSON.stringify({ outcome: 'No answer' }) })).status).toBe(200);
    await family.send({ type: 'handoff.request' });
    await waitForView(family, (v) => v.status === 'waiting');
    await family.close();

    await server.goneFamilies.sweep();
    clock.advanceMinutes(server.ctx.hubs.waitingFamilyGoneAfterMinutes);
    expect(await server.goneFamilies.sweep()).toHaveLength(1);
    const open = await server.ctx.db.select().from(callbacks).where(eq(callbacks.status, 'open'));
    // Tuesday: due by closing time on Wednesday.
    expect(open).toMatchObject([{ contactMethod: 'email', contactValue: 'parent@example.org', preferredTime: 'mornings', dueAt: '2026-11-25T17:00:00.000Z' }]);
    const handoffRows = await server.ctx.db.select().from(handoffs).where(eq(handoffs.conversationId, family.conversationId));
    expect(handoffRows.map((h) => h.endReason).sort()).toEqual(['became-callback', 'became-callback']);

    const back = await FamilyClient.start(server.url, 'en', { conversationId: family.conversationId, token: family.ready.token });
    expect(back.ready.handoff).toEqual({ status: 'callback', callbackDueAt: '2026-11-25T17:00:00.000Z' });
    expect(back.messages().at(-1)?.content).toEqual({ kind: 'event', text: { key: 'common:events.leftQueueCallback' } });
    await back.close();
  });
});

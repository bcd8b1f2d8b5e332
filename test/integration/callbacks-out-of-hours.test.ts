import { afterEach, describe, expect, it } from 'vitest';
import { callbacks, handoffs } from '../../server/db/tables.js';
import { FamilyClient } from '../support/family-client.js';
import { signIn } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

async function requestCallbackAt(now: Date, postcode: string) {
  server = await startTestServer({ now: () => now, seed: true });
  const family = await FamilyClient.start(server.url);
  await family.askForHelp({ postcode });
  const view = family.socket.frames.findLast((f) => f.type === 'handoff.updated');
  const ack = await family.send({ type: 'callback.request', contactMethod: 'phone', contactValue: '07700 900123', preferredTime: 'after 3pm', permissionToContact: true });
  return { family, view, ack };
}

describe('callbacks when nobody can answer', () => {
  it('offers a callback at the weekend, due at the end of the next working day', async () => {
    // Saturday 28 November 2026, 10:00 in London.
    const { family, view, ack } = await requestCallbackAt(new Date('2026-11-28T10:00:00Z'), 'BD21 1AA');
    expect(view).toMatchObject({ handoff: { status: 'waiting', offerCallback: true } });
    expect(ack.type).toBe('message.acked');
    const callback = (await server!.ctx.db.select().from(callbacks))[0]!;
    // Monday 30 November, Keighley & Shipley closes at 17:00 (GMT).
    expect(callback).toMatchObject({ locality: 'keighley-shipley', dueAt: '2026-11-30T17:00:00.000Z', status: 'open', permissionToContact: true });
    expect((await server!.ctx.db.select().from(handoffs))[0]?.status).toBe('ended');
    await family.socket.waitFor((f) => f.type === 'handoff.updated' && (f.handoff as { status: string }).status === 'callback');
    // The number is kept in the callbacks list, not in the transcript.
    expect(JSON.stringify(family.messages())).not.toContain('07700');
    await family.close();
  });

  it('stores a resent callback request once and announces it once', async () => {
    const { family } = await requestCallbackAt(new Date('2026-11-28T10:00:00Z'), 'BD21 1AA');
    const frame = { type: 'callback.request', clientMessageId: 'callback-resend-1', contactMethod: 'text', contactValue: '07700 900456', permissionToContact: true };
    const first = await family.socket.request(frame, (f) => f.type === 'message.acked' && f.clientMessageId === 'callback-resend-1');
    const since = family.socket.frames.length;
    const second = await family.socket.request(frame, (f) => f.type === 'message.acked' && f.clientMessageId === 'callback-resend-1');
    expect(second.messageId).toBe(first.messageId);
    expect(family.socket.frames.slice(since).some((f) => f.type === 'message.created')).toBe(false);
    expect((await server!.ctx.db.select().from(callbacks)).filter((c) => c.contactValue === '07700 900456')).toHaveLength(1);
    await family.close();
  });

  it('skips Christmas and the Boxing Day substitute bank holiday', async () => {
    // Thursday 24 December 2026, 18:00: Friday is Christmas Day, Monday 28th the Boxing Day substitute.
    const { family } = await requestCallbackAt(new Date('2026-12-24T18:00:00Z'), 'BD5 1AA');
    expect((await server!.ctx.db.select().from(callbacks))[0]?.dueAt).toBe('2026-12-29T17:00:00.000Z');
    await family.close();
  });

  it('offers a callback in opening hours when no one from the hub is online, and stops when someone comes online', async () => {
    server = await startTestServer({ now: () => new Date('2026-11-24T11:00:00Z'), seed: true });
    const family = await FamilyClient.start(server.url);
    await family.askForHelp({ postcode: 'BD8 1AA' });
    expect(family.socket.frames.findLast((f) => f.type === 'handoff.updated')).toMatchObject({ handoff: { status: 'waiting', offerCallback: true } });
    const aisha = await signIn(server.url, 'west');
    const since = family.socket.frames.length;
    const console = await aisha.socket();
    const update = await family.socket.waitFor((f) => f.type === 'handoff.updated', { since });
    expect(update).toMatchObject({ handoff: { status: 'waiting', position: 1, offerCallback: false } });
    await Promise.all([family.close(), console.close()]);
  });

  it('lets hub staff mark a callback done only with an outcome', async () => {
    const { family } = await requestCallbackAt(new Date('2026-11-28T10:00:00Z'), 'BD21 1AA');
    const priya = await signIn(server!.url, 'keighley');
    const list = (await (await priya.fetch('/api/callbacks')).json()) as { callbacks: { id: string; contactValue: string }[] };
    expect(list.callbacks).toHaveLength(1);
    expect(list.callbacks[0]!.contactValue).toBe('07700 900123');
    const id = list.callbacks[0]!.id;
    expect((await priya.fetch(`/api/callbacks/${id}/done`, { method: 'POST', body: JSON.stringify({ outcome: ' ' }) })).status).toBe(400);
    const sam = await signIn(server!.url, 'east');
    expect((await sam.fetch(`/api/callbacks/${id}/done`, { method: 'POST', body: JSON.stringify({ outcome: 'Spoke to mum' }) })).status).toBe(403);
    expect((await priya.fetch(`/api/callbacks/${id}/done`, { method: 'POST', body: JSON.stringify({ outcome: 'Spoke to mum, booked a visit' }) })).status).toBe(200);
    expect((await server!.ctx.db.select().from(callbacks))[0]).toMatchObject({ status: 'done', outcome: 'Spoke to mum, booked a visit' });
    await family.close();
  });
});

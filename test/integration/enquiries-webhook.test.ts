import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPostgresStore, openSqliteStore } from '../../server/db/index.js';
import { webhookDeliveries } from '../../server/db/tables.js';
import { createWebhookDispatcher, withdrawConsent } from '../../server/enquiries/index.js';
import type { EnquiryView, WebhookDeliveryView } from '../../server/protocol/enquiry-bodies.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real case-system stand-in on 127.0.0.1 that answers with the status codes it is told to. */
async function startReceiver(statuses: number[]): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(statuses[received.length - 1] ?? statuses.at(-1) ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/front-door`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Verification written from the Standard Webhooks spec, independent of the server's signer. */
function verify(secret: string, received: Received): boolean {
  const id = received.headers['webhook-id'] as string;
  const timestamp = received.headers['webhook-timestamp'] as string;
  const expected = createHmac('sha256', Buffer.from(secret.split('_')[1]!, 'base64')).update(`${id}.${timestamp}.${received.body}`).digest('base64');
  const signatures = (received.headers['webhook-signature'] as string).split(' ');
  return signatures.some((s) => s === `v1,${expected}`);
}

const secret = `whsec_${randomBytes(24).toString('base64')}`;

describe('outbound webhooks, Standard Webhooks signed', () => {
  let f: Fixture;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const deliveries = () => f.ctx.db.select().from(webhookDeliveries);

  async function openEnquiry(): Promise<{ enquiry: EnquiryView; conversationId: string; consentId: string }> {
    const conversationId = await f.familyConversation();
    const consentId = await f.consent(conversationId, 'yes');
    const response = await f.request('west', 'POST', '/api/enquiries', { conversationId });
    return { enquiry: ((await response.json()) as { enquiry: EnquiryView }).enquiry, conversationId, consentId };
  }

  afterEach(async () => {
    await receiver.close();
    await f.close();
  });

  describe('against a receiver that fails twice, then accepts', () => {
    beforeEach(async () => {
      receiver = await startReceiver([500, 503, 204]);
      f = await makeFixture({ webhook: { url: receiver.url, secret } });
    });

    it('retries with backoff on the injected clock, same webhook-id, verifiable signature each time', async () => {
      const { enquiry } = await openEnquiry();
      const dispatcher = createWebhookDispatcher({ store: f.ctx.store, url: receiver.url, secret, now: () => f.clock.now });
      const start = f.clock.now.getTime();

      expect(await dispatcher.deliverDue()).toBe(1);
      expect((await deliveries())[0]).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, nextAttemptAt: new Date(start + 30_000).toISOString() });
      expect(await dispatcher.deliverDue()).toBe(0);
      f.clock.advance(30_000);
      expect(await dispatcher.deliverDue()).toBe(1);
      expect((await deliveries())[0]).toMatchObject({ attempts: 2, lastStatusCode: 503, nextAttemptAt: new Date(start + 30_000 + 120_000).toISOString() });
      f.clock.advance(119_000);
      expect(await dispatcher.deliverDue()).toBe(0);
      f.clock.advance(1_000);
      expect(await dispatcher.deliverDue()).toBe(1);
      expect((await deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204, lastError: null, deliveredAt: f.clock.now.toISOString() });

      expect(receiver.received).toHaveLength(3);
      const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
      expect(ids).toEqual(new Set([(await deliveries())[0]!.id]));
      expect(receiver.received.map((r) => Number(r.headers['webhook-timestamp']))).toEqual([start / 1000, start / 1000 + 30, start / 1000 + 150]);
      for (const request of receiver.received) expect(verify(secret, request)).toBe(true);
      expect(verify(`whsec_${randomBytes(24).toString('base64')}`, receiver.received[0]!)).toBe(false);
      const body = JSON.parse(receiver.received[2]!.body) as { type: string; data: { reference: string; details: { needs: string[] } } };
      expect(body).toMatchObject({ type: 'enquiry.created', data: { reference: enquiry.reference, details: { needs: ['money-debt', 'housing'] } } });
      expect(receiver.received[0]!.headers['content-type']).toBe('application/json');

      const log = await f.request('manager', 'GET', '/api/manager/webhook-deliveries');
      const [entry] = ((await log.json()) as { deliveries: (WebhookDeliveryView & { payload?: string })[] }).deliveries;
      expect(entry).toMatchObject({ eventType: 'enquiry.created', status: 'delivered', attempts: 3, lastStatusCode: 204 });
      expect(entry!.payload).toBeUndefined();
    });

    it('survives a restart: a new dispatcher on a new connection picks up what is pending', async () => {
      await openEnquiry();
      const before = createWebhookDispatcher({ store: f.ctx.store, url: receiver.url, secret, now: () => f.clock.now });
      await before.deliverDue();
      await before.stop();

      const store = f.databaseUrl ? await openPostgresStore(f.databaseUrl) : openSqliteStore(f.databasePath);
      try {
        f.clock.advance(30_000);
        const after = createWebhookDispatcher({ store, url: receiver.url, secret, now: () => f.clock.now, pollMs: 20 });
        after.start();
        await vi.waitFor(() => expect(receiver.received).toHaveLength(2), { timeout: 2_000 });
        f.clock.advance(120_000);
        await vi.waitFor(async () => expect((await deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 3 }), { timeout: 2_000 });
        await after.stop();
      } finally {
        await store.close();
      }
    });
  });

  it('gives up after the last backoff and records why', async () => {
    receiver = await startReceiver([500]);
    f = await makeFixture({ webhook: { url: receiver.url, secret } });
    await openEnquiry();
    const dispatcher = createWebhookDispatcher({ store: f.ctx.store, url: receiver.url, secret, now: () => f.clock.now });
    for (const wait of [0, 30_000, 120_000, 600_000, 3_600_000, 21_600_000]) {
      f.clock.advance(wait);
      expect(await dispatcher.deliverDue()).toBe(1);
    }
    expect((await deliveries())[0]).toMatchObject({ status: 'failed', attempts: 6, lastStatusCode: 500, lastError: 'HTTP 500', nextAttemptAt: null });
    f.clock.advance(86_400_000);
    expect(await dispatcher.deliverDue()).toBe(0);
  });

  it('records a connection failure and tries again later', async () => {
    receiver = await startReceiver([200]);
    f = await makeFixture({ webhook: { url: receiver.url, secret } });
    await openEnquiry();
    await receiver.close();
    const dispatcher = createWebhookDispatcher({ store: f.ctx.store, url: receiver.url, secret, now: () => f.clock.now });
    await dispatcher.deliverDue();
    expect((await deliveries())[0]).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null });
    expect((await deliveries())[0]!.lastError).toMatch(/ECONNREFUSED|fetch failed/);
    receiver = await startReceiver([200]);
  });

  it('after withdrawal sends only the withdrawal, which names nothing personal', async () => {
    receiver = await startReceiver([200]);
    f = await makeFixture({ webhook: { url: receiver.url, secret } });
    const { enquiry, conversationId, consentId } = await openEnquiry();
    await f.request('west', 'POST', `/api/enquiries/${enquiry.id}/transition`, { to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } });
    await withdrawConsent(f.ctx, { conversationId, consentId, by: 'family', clientMessageId: 'client-withdraw-1' });
    await f.request('west', 'POST', `/api/enquiries/${enquiry.id}/transition`, { to: 'closed', outcome: 'family-declined-support' });

    expect((await deliveries()).map((d) => [d.eventType, d.status])).toEqual([
      ['enquiry.created', 'failed'],
      ['enquiry.triaged', 'failed'],
      ['enquiry.consent_withdrawn', 'pending'],
    ]);
    const dispatcher = createWebhookDispatcher({ store: f.ctx.store, url: receiver.url, secret, now: () => f.clock.now });
    expect(await dispatcher.deliverDue()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const body = JSON.parse(receiver.received[0]!.body) as { type: string; data: Record<string, unknown> };
    expect(body.type).toBe('enquiry.consent_withdrawn');
    expect(Object.keys(body.data).sort()).toEqual(['enquiryId', 'reference', 'withdrawnAt']);
    expect(verify(secret, receiver.received[0]!)).toBe(true);
  });

  it('queues nothing when no webhook is configured', async () => {
    receiver = await startReceiver([200]);
    f = await makeFixture();
    const { enquiry } = await openEnquiry();
    expect((await f.ctx.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.enquiryId, enquiry.id)))).toEqual([]);
  });
});

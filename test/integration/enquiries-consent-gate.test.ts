import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enquiries, enquiryEvents, handoffs, messages, webhookDeliveries } from '../../server/db/tables.js';
import { withdrawConsent } from '../../server/enquiries/index.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

/** The server, not the console, decides whether an enquiry may be opened: only on a standing "yes". */
describe('opening an enquiry needs the family’s recorded consent', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await makeFixture({ webhook: { url: 'http://127.0.0.1:9/unused', secret: 'whsec_c2VjcmV0' } });
  });
  afterEach(() => f.close());

  const written = async (conversationId: string) => ({
    enquiries: (await f.ctx.db.select({ n: count() }).from(enquiries))[0]!.n,
    events: (await f.ctx.db.select({ n: count() }).from(enquiryEvents))[0]!.n,
    deliveries: (await f.ctx.db.select({ n: count() }).from(webhookDeliveries))[0]!.n,
    messages: (await f.ctx.db.select({ n: count() }).from(messages).where(eq(messages.conversationId, conversationId)))[0]!.n,
  });

  async function expectRefused(conversationId: string, reason: RegExp) {
    const before = await written(conversationId);
    const response = await f.request('west', 'POST', '/api/enquiries', { conversationId });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toMatch(reason);
    expect(await written(conversationId)).toEqual(before);
    expect(before.enquiries).toBe(0);
  }

  it('refuses when consent was never asked', async () => {
    await expectRefused(await f.familyConversation(), /not been asked for consent/);
  });

  it('refuses while the family has not answered', async () => {
    const conversationId = await f.familyConversation();
    await f.consent(conversationId, null);
    await expectRefused(conversationId, /not answered/);
  });

  it('refuses after the family said no', async () => {
    const conversationId = await f.familyConversation();
    await f.consent(conversationId, 'no');
    await expectRefused(conversationId, /said no/);
  });

  it('refuses after the family withdrew a yes from the widget', async () => {
    const conversationId = await f.familyConversation();
    const consentId = await f.consent(conversationId, 'yes');
    await withdrawConsent(f.ctx, { conversationId, consentId, by: 'family', clientMessageId: 'client-withdraw-1' });
    await expectRefused(conversationId, /withdrew/);
  });

  it('refuses after staff recorded a withdrawal said on the phone', async () => {
    const conversationId = await f.familyConversation();
    const consentId = await f.consent(conversationId, 'yes');
    const withdrawn = await f.request('south', 'POST', `/api/conversations/${conversationId}/consent/withdraw`, { consentId });
    expect(withdrawn.status).toBe(200);
    await expectRefused(conversationId, /withdrew/);
    const again = await f.request('west', 'POST', `/api/conversations/${conversationId}/consent/withdraw`, { consentId });
    expect(again.status).toBe(409);
  });

  it('lets a later "no" outweigh an earlier "yes"', async () => {
    const conversationId = await f.familyConversation();
    await f.consent(conversationId, 'yes');
    f.clock.advance(60_000);
    await f.consent(conversationId, 'no');
    await expectRefused(conversationId, /said no/);
  });

  it('opens the enquiry on a standing yes, once', async () => {
    const conversationId = await f.familyConversation();
    await f.consent(conversationId, 'yes');
    const first = await f.request('west', 'POST', '/api/enquiries', { conversationId });
    expect(first.status).toBe(201);
    const second = await f.request('west', 'POST', '/api/enquiries', { conversationId });
    expect(second.status).toBe(409);
    expect((await written(conversationId)).enquiries).toBe(1);
  });

  it('keeps other hubs, translators and anonymous callers out', async () => {
    const conversationId = await f.familyConversation();
    await f.consent(conversationId, 'yes');
    // The family is with West's queue (not the shared one every hub works).
    await f.ctx.db.update(handoffs).set({ locality: 'west' }).where(eq(handoffs.conversationId, conversationId));
    expect((await f.request('south', 'POST', '/api/enquiries', { conversationId })).status).toBe(403);
    expect((await f.request('translator', 'POST', '/api/enquiries', { conversationId })).status).toBe(403);
    expect((await f.request('anonymous', 'POST', '/api/enquiries', { conversationId })).status).toBe(401);
    expect((await written(conversationId)).enquiries).toBe(0);
  });
});

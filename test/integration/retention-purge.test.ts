import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/audit/index.js';
import { resumeConversation } from '../../server/conversations/index.js';
import { auditLog, callbacks, conversations, enquiries, messages, safeguardingTriggers, sessions, webhookDeliveries } from '../../server/db/tables.js';
import { completeCallback } from '../../server/handoff/index.js';
import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { purgeExpired, type PurgeReport } from '../../server/retention/index.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

const T0 = '2026-03-02T10:00:00.000Z';
const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * Every record kind made at one moment, then the clock walked to a minute either side of each
 * period in config/retention.json: nothing goes a minute early, everything goes a minute late.
 */
describe('retention purge with a fixed clock', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await makeFixture({ start: T0, webhook: { url: 'http://127.0.0.1:9/unused', secret: 'whsec_c2VjcmV0' } });
  });
  afterEach(() => f.close());

  const at = (ms: number) => f.clock.set(new Date(Date.parse(T0) + ms).toISOString());
  const purge = () => purgeExpired(f.ctx);
  const exists = async (table: typeof conversations | typeof callbacks | typeof enquiries, id: string) => (await f.ctx.db.select({ id: table.id }).from(table).where(eq(table.id, id))).length === 1;

  // Walks a whole schedule of purges: on a busy machine with PostgreSQL that takes longer than the default.
  it('removes each kind exactly when its period ends, and keeps safeguarding records longest', { timeout: 300_000 }, async () => {
    const policy = f.ctx.retention;
    const idle = (await resumeConversation(f.ctx, { language: 'en' })).conversation.id;

    const withCallback = await f.familyConversation({ callback: true });
    const [callback] = await f.ctx.db.select().from(callbacks).where(eq(callbacks.conversationId, withCallback));
    await completeCallback({ ctx: f.ctx, actor: f.staff.west, callbackId: callback!.id, outcome: 'Phoned back, advice given.' });

    const withEnquiry = await f.familyConversation();
    await f.consent(withEnquiry, 'yes');
    const created = (await (await f.request('west', 'POST', '/api/enquiries', { conversationId: withEnquiry })).json()) as { enquiry: EnquiryView };
    const enquiryId = created.enquiry.id;
    expect((await f.request('west', 'POST', `/api/enquiries/${enquiryId}/transition`, { to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } })).status).toBe(200);
    expect((await f.request('west', 'POST', `/api/enquiries/${enquiryId}/transition`, { to: 'closed', outcome: 'support-provided' })).status).toBe(200);
    // As if the dispatcher had sent them all at T0.
    await f.ctx.db.update(webhookDeliveries).set({ status: 'delivered', deliveredAt: T0, nextAttemptAt: null });

    const flagged = (await resumeConversation(f.ctx, { language: 'en' })).conversation.id;
    await f.ctx.db.insert(safeguardingTriggers).values({ id: crypto.randomUUID(), conversationId: flagged, severity: 'domestic-abuse', language: 'en', phrase: 'x', outOfHours: false, at: T0 });
    const sessionEnds = Math.max(...(await f.ctx.db.select().from(sessions)).map((s) => Date.parse(s.expiresAt))) - Date.parse(T0);
    const deliveries = (await f.ctx.db.select().from(webhookDeliveries)).length;
    expect(deliveries).toBeGreaterThan(0);

    const expectCounts = (report: PurgeReport, counts: Partial<PurgeReport['counts']>) =>
      expect(report.counts).toEqual({ enquiries: 0, callbacks: 0, conversationsWithoutEnquiry: 0, safeguarding: 0, webhookPayloads: 0, sessions: 0, auditLog: 0, ...counts });

    at(policy.webhookPayloads * DAY - MINUTE);
    expectCounts(await purge(), {});
    at(policy.webhookPayloads * DAY + MINUTE);
    const dry = await purgeExpired(f.ctx, { dryRun: true });
    expectCounts(dry, { webhookPayloads: deliveries });
    expect(await f.ctx.db.select().from(webhookDeliveries)).toHaveLength(deliveries);
    expectCounts(await purge(), { webhookPayloads: deliveries });

    at(sessionEnds + policy.sessions * DAY - MINUTE);
    expect((await purge()).counts.sessions).toBe(0);
    at(sessionEnds + policy.sessions * DAY + MINUTE);
    expect((await purge()).counts.sessions).toBeGreaterThan(0);
    expect(await f.ctx.db.select().from(sessions)).toEqual([]);

    at(policy.conversationsWithoutEnquiry * DAY - MINUTE);
    expectCounts(await purge(), {});
    at(policy.conversationsWithoutEnquiry * DAY + MINUTE);
    // Two processes purging at once remove the idle conversation once between them, and empty the
    // flagged one once (its safeguarding record stays).
    const [one, two] = await Promise.all([purge(), purge()]);
    expect(one.counts.conversationsWithoutEnquiry + two.counts.conversationsWithoutEnquiry).toBe(2);
    expect(await exists(conversations, idle)).toBe(false);
    expect(await f.ctx.db.select().from(messages).where(eq(messages.conversationId, flagged))).toEqual([]);
    expect(await f.ctx.db.select().from(safeguardingTriggers).where(eq(safeguardingTriggers.conversationId, flagged))).toHaveLength(1);
    for (const id of [withCallback, withEnquiry, flagged]) expect(await exists(conversations, id)).toBe(true);

    at(policy.callbacks * DAY - MINUTE);
    expectCounts(await purge(), {});
    at(policy.callbacks * DAY + MINUTE);
    expectCounts(await purge(), { callbacks: 1, conversationsWithoutEnquiry: 1 });
    expect(await exists(conversations, withCallback)).toBe(false);

    at(policy.enquiries['support-provided'] * DAY - MINUTE);
    expectCounts(await purge(), {});
    at(policy.enquiries['support-provided'] * DAY + MINUTE);
    expectCounts(await purge(), { enquiries: 1 });
    expect(await exists(enquiries, enquiryId)).toBe(false);
    expect(await exists(conversations, withEnquiry)).toBe(false);
    expect(await exists(conversations, flagged)).toBe(true);

    at(policy.auditLog * DAY + MINUTE);
    expect((await purge()).counts.auditLog).toBeGreaterThan(0);
    const remaining = await f.ctx.db.select().from(auditLog);
    expect(remaining.every((row) => row.at > T0)).toBe(true);
    expect(remaining.some((row) => row.action === 'audit.purged')).toBe(true);
    expect(await verifyAuditChain(f.ctx.db)).toMatchObject({ ok: true });

    at(policy.safeguarding.days * DAY - MINUTE);
    // The audit entries of the purges above are past their time by now too.
    expect((await purge()).counts.safeguarding).toBe(0);
    expect(await exists(conversations, flagged)).toBe(true);
    at(policy.safeguarding.days * DAY + MINUTE);
    expect((await purge()).counts.safeguarding).toBe(1);
    expect(await f.ctx.db.select().from(conversations)).toEqual([]);
    expect(await f.ctx.db.select().from(safeguardingTriggers)).toEqual([]);
  });
});

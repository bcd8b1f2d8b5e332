import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../../server/audit/index.js';
import { consents, conversationNotes, conversations, enquiryLevelChanges, erasures, safeguardingTriggers, webhookDeliveries } from '../../server/db/tables.js';
import { webhookPayload } from '../../server/openapi/webhook-events.js';
import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import type { ErasureView } from '../../server/protocol/retention-bodies.js';
import type { SubjectAccessPack } from '../../server/retention/index.js';
import { findWords } from '../support/scan-database.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

/** What the fixture family says and gives: none of it may survive an erasure. */
const FAMILY_WORDS = ['behind on the rent', 'baby is not sleeping', '07700 900123', 'after 3pm', 'BD8 9NN'];
const REASON = 'Erasure request received by phone on 2 March; identity checked by the West hub.';

describe('erasure: a manager erases a family’s data with a recorded reason', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await makeFixture({ webhook: { url: 'http://127.0.0.1:9/unused', secret: 'whsec_c2VjcmV0' } });
  });
  afterEach(() => f.close());

  async function familyWithEnquiry(): Promise<{ conversationId: string; enquiry: EnquiryView }> {
    const conversationId = await f.familyConversation({ callback: true });
    await f.consent(conversationId, 'yes');
    const response = await f.request('west', 'POST', '/api/enquiries', { conversationId });
    expect(response.status).toBe(201);
    return { conversationId, enquiry: ((await response.json()) as { enquiry: EnquiryView }).enquiry };
  }

  async function erase(conversationId: string): Promise<ErasureView> {
    const response = await f.request('manager', 'POST', '/api/retention/erasures', { conversationId, reason: REASON });
    expect(response.status).toBe(201);
    return ((await response.json()) as { erasure: ErasureView }).erasure;
  }

  it('leaves none of the family’s words in any column of any table, and tells the case system', async () => {
    const { conversationId, enquiry } = await familyWithEnquiry();
    // Staff's own records about the family repeat its words: a level of need set at triage, a private note.
    const at = f.clock.now.toISOString();
    await f.ctx.db.insert(enquiryLevelChanges).values({ id: crypto.randomUUID(), enquiryId: enquiry.id, toLevel: 'getting-help', direction: 'set', nextStep: 'family-hub-support', reason: 'behind on the rent', by: f.staff.west.id, at });
    await f.ctx.db.insert(conversationNotes).values({ id: crypto.randomUUID(), conversationId, staffId: f.staff.west.id, body: 'Mum says the baby is not sleeping', createdAt: at });
    // The words are really there first: the scan can see them (a scan that finds nothing proves nothing).
    expect(await findWords(f.ctx.db, f.ctx.store.dialect, FAMILY_WORDS)).toEqual(
      expect.arrayContaining(['messages.content', 'callbacks.contact_value', 'enquiries.details', 'webhook_deliveries.payload', 'enquiry_level_changes.reason', 'conversation_notes.body']),
    );

    const erasure = await erase(conversationId);
    expect(erasure).toMatchObject({ conversationId, enquiryReferences: [enquiry.reference], reason: REASON, erasedBy: f.staff.manager.id, keptSafeguarding: false, keptReason: null });
    expect(await findWords(f.ctx.db, f.ctx.store.dialect, FAMILY_WORDS)).toEqual([]);
    expect(await f.ctx.db.select().from(conversations)).toEqual([]);

    // The case system is told to erase its copy, by reference only.
    const deliveries = await f.ctx.db.select().from(webhookDeliveries);
    expect(deliveries.map((d) => [d.eventType, JSON.parse(d.payload)])).toEqual([['enquiry.erased', { type: 'enquiry.erased', timestamp: f.clock.now.toISOString(), data: { reference: enquiry.reference, erasedAt: f.clock.now.toISOString() } }]]);
    // …in the shape /openapi.json documents.
    expect(webhookPayload('enquiry.erased').safeParse(JSON.parse(deliveries[0]!.payload)).success).toBe(true);

    // The audit log keeps ids and dates, not the reason or the family's words, and still verifies.
    const [entry] = await listAudit(f.ctx.db, { subjectType: 'conversation', subjectId: conversationId, limit: 1 });
    expect(entry).toMatchObject({ action: 'family.erased', actorId: f.staff.manager.id, detail: { erasureId: erasure.id, keptSafeguarding: false } });
    expect(await findWords(f.ctx.db, f.ctx.store.dialect, ['identity checked'])).toEqual(['erasures.reason']);
    expect(await verifyAuditChain(f.ctx.db)).toMatchObject({ ok: true });

    // Later enquiry exports no longer hold the family.
    const exported = await f.request('manager', 'GET', '/api/enquiries/export?from=2026-03-01&to=2026-03-31');
    expect(await exported.text()).not.toContain(enquiry.reference);
  });

  it('keeps safeguarding records, access-restricted on an emptied conversation, and says why', async () => {
    const conversationId = await f.familyConversation();
    await f.ctx.db.insert(safeguardingTriggers).values({
      id: crypto.randomUUID(),
      conversationId,
      severity: 'domestic-abuse',
      language: 'en',
      phrase: 'behind on the rent',
      matchedText: 'behind on the rent',
      outOfHours: false,
      at: f.clock.now.toISOString(),
    });

    await f.ctx.db.insert(conversationNotes).values({ id: crypto.randomUUID(), conversationId, staffId: f.staff.west.id, body: 'Mum says the baby is not sleeping', createdAt: f.clock.now.toISOString() });

    const erasure = await erase(conversationId);
    expect(erasure).toMatchObject({ keptSafeguarding: true, keptReason: f.ctx.retention.safeguarding.reason });
    expect(await findWords(f.ctx.db, f.ctx.store.dialect, FAMILY_WORDS)).toEqual(['safeguarding_triggers.matched_text', 'safeguarding_triggers.phrase']);
    const [kept] = await f.ctx.db.select().from(conversations).where(eq(conversations.id, conversationId));
    expect(kept).toMatchObject({ flowState: {}, summary: null });
    expect(await f.ctx.db.select().from(erasures)).toHaveLength(1);
  });

  it('refuses staff who are not managers, and a reason that says nothing', async () => {
    const conversationId = await f.familyConversation();
    expect((await f.request('west', 'POST', '/api/retention/erasures', { conversationId, reason: REASON })).status).toBe(403);
    expect((await f.request('manager', 'POST', '/api/retention/erasures', { conversationId, reason: 'x' })).status).toBe(400);
    expect((await f.request('manager', 'POST', '/api/retention/erasures', { conversationId: crypto.randomUUID(), reason: REASON })).status).toBe(404);
    expect(await findWords(f.ctx.db, f.ctx.store.dialect, ['behind on the rent'])).not.toEqual([]);
  });

  it('after consent is withdrawn, staff see only what honouring the withdrawal needs', async () => {
    const { conversationId, enquiry } = await familyWithEnquiry();
    const consentId = (await f.ctx.db.select().from(consents).where(eq(consents.conversationId, conversationId)))[0]!.id;
    expect((await f.request('west', 'POST', `/api/conversations/${conversationId}/consent/withdraw`, { consentId })).status).toBeLessThan(300);
    const view = ((await (await f.request('west', 'GET', `/api/enquiries/${enquiry.id}`)).json()) as { enquiry: EnquiryView }).enquiry;
    expect(view.details).toEqual({ familyMembers: [], childAgeBands: [], needs: [], locality: 'west', language: 'en', interpreterNeeded: false, safeguardingFlags: [] });
    expect(view).toMatchObject({ reference: enquiry.reference, withdrawn: true, needs: [] });
    const listed = ((await (await f.request('west', 'GET', '/api/enquiries')).json()) as { enquiries: { needs: string[] }[] }).enquiries;
    expect(listed.map((e) => e.needs)).toEqual([[]]);
    expect(JSON.stringify(view)).not.toMatch(/07700|behind on the rent/);
  });

  it('subject access: finds the family by contact detail or reference and exports a readable, audited pack', async () => {
    const { conversationId, enquiry } = await familyWithEnquiry();
    const byContact = await f.request('manager', 'GET', '/api/retention/subject-access?contact=07700900123');
    expect(byContact.status).toBe(200);
    const { pack } = (await byContact.json()) as { pack: SubjectAccessPack };
    expect(pack.languages).toEqual(['en']);
    expect(pack.conversations.map((c) => c.id)).toEqual([conversationId]);
    const [held] = pack.conversations;
    expect(held!.messages.map((m) => m.text.en)).toContain('We are behind on the rent and the baby is not sleeping.');
    // Bot lines are rendered words, not the locale keys they are stored as.
    expect(held!.messages.filter((m) => /^[a-z]+:[\w.]+$/.test(m.text.en ?? ''))).toEqual([]);
    expect(held!.callbacks).toMatchObject([{ contactValue: '07700 900123', preferredTime: 'after 3pm' }]);
    expect(held!.enquiries.map((e) => e.reference)).toEqual([enquiry.reference]);

    const html = await f.request('manager', 'GET', `/api/retention/subject-access?reference=${enquiry.reference}&format=html`);
    expect(html.headers.get('content-type')).toContain('text/html');
    const page = await html.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<th scope="col">Text (en)</th>');
    expect(page).toContain('We are behind on the rent');
    expect(page).not.toContain('<script');

    const audit = await listAudit(f.ctx.db, { subjectType: 'family' });
    expect(audit.map((a) => [a.action, a.detail])).toEqual([
      ['subject-access.exported', { conversationIds: [conversationId] }],
      ['subject-access.exported', { conversationIds: [conversationId] }],
    ]);
    expect((await f.request('manager', 'GET', '/api/retention/subject-access')).status).toBe(400);
    expect((await f.request('west', 'GET', `/api/retention/subject-access?conversationId=${conversationId}`)).status).toBe(403);
    expect((await f.request('manager', 'GET', '/api/retention/subject-access?contact=07700000000')).status).toBe(404);
  });
});

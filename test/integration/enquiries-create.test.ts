import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMessages } from '../../server/transcript/index.js';
import { conversations, safeguardingTriggers, webhookDeliveries } from '../../server/db/tables.js';
import { listAudit } from '../../server/audit/index.js';
import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

const REFERENCE = /^EH-2026-[23456789ABCDEFGHJKMNPQRSTWXYZ]{6}$/;

describe('createEnquiry: the family tells their story once', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await makeFixture({ webhook: { url: 'http://127.0.0.1:9/unused', secret: 'whsec_c2VjcmV0' } });
  });
  afterEach(() => f.close());

  async function open(conversationId: string, corrections: Record<string, unknown> = {}): Promise<EnquiryView> {
    const response = await f.request('west', 'POST', '/api/enquiries', { conversationId, ...corrections });
    expect(response.status).toBe(201);
    return ((await response.json()) as { enquiry: EnquiryView }).enquiry;
  }

  it('prefills from what the family told the intake flow, and tells them their reference', async () => {
    const firstContact = f.clock.now.toISOString();
    const conversationId = await f.familyConversation();
    const consentId = await f.consent(conversationId, 'yes');
    f.clock.advance(30 * 60_000);
    const enquiry = await open(conversationId);

    expect(enquiry.reference).toMatch(REFERENCE);
    expect(enquiry.status).toBe('new');
    expect(enquiry.contactAt).toBe(firstContact);
    expect(enquiry.createdAt).toBe(f.clock.now.toISOString());
    expect(enquiry.details).toEqual({
      whoIsAsking: 'parent-carer',
      familyMembers: [],
      childAgeBands: ['0-1', '5-11'],
      needs: ['money-debt', 'housing'],
      postcodeDistrict: 'BD8',
      locality: 'west',
      language: 'en',
      interpreterNeeded: false,
      urgency: 'this-week',
      safeguardingFlags: [],
      familyOwnWords: 'We are behind on the rent and the baby is not sleeping.',
    });
    expect(enquiry.events.map((e) => [e.type, e.toStatus, e.by])).toEqual([['enquiry.created', 'new', f.staff.west.id]]);

    const told = (await listMessages(f.ctx.db, conversationId)).slice(-2).map((m) => m.content);
    expect(told).toEqual([
      { kind: 'event', text: { key: 'consent:enquiry.created', params: { reference: enquiry.reference } } },
      { kind: 'event', text: { key: 'consent:enquiry.whatNext' } },
    ]);
    const audit = await listAudit(f.ctx.db, { subjectType: 'enquiry', subjectId: enquiry.id });
    expect(audit.map((a) => a.action)).toEqual(['enquiry.created']);
    expect(audit[0]!.detail).toMatchObject({ consentId, conversationId, reference: enquiry.reference });

    const [delivery] = (await f.ctx.db.select().from(webhookDeliveries));
    expect(delivery).toMatchObject({ enquiryId: enquiry.id, eventType: 'enquiry.created', status: 'pending', attempts: 0 });
    expect(JSON.parse(delivery!.payload)).toMatchObject({ type: 'enquiry.created', data: { reference: enquiry.reference, details: { needs: ['money-debt', 'housing'] } } });
  });

  it('takes contact details from the family’s callback request', async () => {
    const conversationId = await f.familyConversation({ callback: true });
    await f.consent(conversationId, 'yes');
    const enquiry = await open(conversationId);
    expect(enquiry.details.contact).toEqual({ method: 'phone', value: '07700 900123', preferredTime: 'after 3pm' });
  });

  it('lets staff correct and add, but never drop a recorded safeguarding flag', async () => {
    const conversationId = await f.familyConversation();
    await f.ctx.db
      .insert(safeguardingTriggers)
      .values({ id: crypto.randomUUID(), conversationId, severity: 'domestic-abuse', language: 'en', phrase: 'he hits', outOfHours: false, at: f.clock.now.toISOString() });
    await f.ctx.db.update(conversations).set({ interpreterNeeded: 'ti' }).where(eq(conversations.id, conversationId));
    await f.consent(conversationId, 'yes');
    const enquiry = await open(conversationId, {
      needs: ['housing', 'domestic-abuse'],
      familyMembers: [{ relationship: 'mum', name: 'Amina' }, { relationship: 'son', ageBand: '5-11' }],
      contact: { method: 'text', value: '07700 900456', safeToLeaveMessage: false },
      safeguardingFlags: ['child-safety'],
      staffNotes: 'Prefers a female worker.',
    });
    expect(enquiry.details).toMatchObject({
      needs: ['housing', 'domestic-abuse'],
      childAgeBands: ['0-1', '5-11'],
      familyMembers: [{ relationship: 'mum', name: 'Amina' }, { relationship: 'son', ageBand: '5-11' }],
      contact: { method: 'text', value: '07700 900456', safeToLeaveMessage: false },
      interpreterNeeded: true,
      interpreterLanguage: 'ti',
      staffNotes: 'Prefers a female worker.',
    });
    expect([...enquiry.details.safeguardingFlags].sort()).toEqual(['child-safety', 'domestic-abuse']);
  });

  it('refuses details that are not valid with 400 and writes nothing', async () => {
    const conversationId = await f.familyConversation();
    await f.consent(conversationId, 'yes');
    const response = await f.request('west', 'POST', '/api/enquiries', { conversationId, needs: ['not-a-need'] });
    expect(response.status).toBe(400);
    const unknownField = await f.request('west', 'POST', '/api/enquiries', { conversationId, status: 'closed' });
    expect(unknownField.status).toBe(400);
  });

  it('gives every enquiry its own reference', async () => {
    const references = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const conversationId = await f.familyConversation();
      await f.consent(conversationId, 'yes');
      references.add((await open(conversationId)).reference);
    }
    expect(references.size).toBe(5);
  });
});

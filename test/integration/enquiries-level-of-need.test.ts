import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../server/audit/index.js';
import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

type Reply = { status: number; enquiry?: EnquiryView; error?: string };

describe('Continuum of Need at triage, and step up / step down', () => {
  let f: Fixture;
  let conversationId: string;
  beforeEach(async () => {
    f = await makeFixture();
    conversationId = await f.familyConversation();
    await f.consent(conversationId, 'yes');
  });
  afterEach(() => f.close());

  async function open(extra: Record<string, unknown> = {}): Promise<EnquiryView> {
    const response = await f.request('west', 'POST', '/api/enquiries', { conversationId, ...extra });
    expect(response.status).toBe(201);
    return ((await response.json()) as { enquiry: EnquiryView }).enquiry;
  }
  async function post(path: string, body: unknown): Promise<Reply> {
    const response = await f.request('west', 'POST', path, body);
    return { status: response.status, ...((await response.json()) as { enquiry?: EnquiryView; error?: string }) };
  }

  it('records the level and next step at triage, and each step with who, when and why', async () => {
    const enquiry = await open();
    expect((await post(`/api/enquiries/${enquiry.id}/transition`, { to: 'triaged' })).error).toMatch(/level of need/);
    const wrongFit = await post(`/api/enquiries/${enquiry.id}/transition`, { to: 'triaged', need: { level: 'getting-more-help', nextStep: 'family-hub-support' } });
    expect(wrongFit).toMatchObject({ status: 422, error: expect.stringMatching(/does not fit/) });

    const triaged = await post(`/api/enquiries/${enquiry.id}/transition`, { to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } });
    expect(triaged.enquiry).toMatchObject({ status: 'triaged', levelOfNeed: 'getting-help', nextStep: 'family-hub-support' });
    const triagedAt = f.clock.now.toISOString();

    f.clock.advance(86_400_000);
    const noLead = await post(`/api/enquiries/${enquiry.id}/level`, { need: { level: 'getting-more-help', nextStep: 'early-help-assessment' }, reason: 'Needs are wider than housing.' });
    expect(noLead).toMatchObject({ status: 422, error: expect.stringMatching(/lead practitioner/) });
    expect((await post(`/api/enquiries/${enquiry.id}/level`, { need: { level: 'getting-more-help', nextStep: 'early-help-assessment', leadPractitioner: 'Jo Khan' } })).status).toBe(400);
    const up = await post(`/api/enquiries/${enquiry.id}/level`, {
      need: { level: 'getting-more-help', nextStep: 'early-help-assessment', leadPractitioner: 'Jo Khan, school nurse' },
      reason: 'Needs are wider than housing.',
    });
    expect(up.enquiry).toMatchObject({ status: 'triaged', levelOfNeed: 'getting-more-help', nextStep: 'early-help-assessment' });
    const steppedUpAt = f.clock.now.toISOString();

    const service = await post(`/api/enquiries/${enquiry.id}/transition`, { to: 'allocated', allocatedTo: { kind: 'service', name: 'Housing Options' } });
    expect(service).toMatchObject({ status: 422, error: expect.stringMatching(/lead practitioner, not a service/) });
    f.clock.advance(86_400_000);
    const down = await post(`/api/enquiries/${enquiry.id}/level`, { need: { level: 'getting-advice', nextStep: 'advice-and-signposting' }, reason: 'Rent arrears cleared.' });
    expect(down.enquiry!.levelChanges.map((c) => [c.fromLevel, c.toLevel, c.direction, c.by, c.at, c.reason])).toEqual([
      [null, 'getting-help', 'set', f.staff.west.id, triagedAt, null],
      ['getting-help', 'getting-more-help', 'step-up', f.staff.west.id, steppedUpAt, 'Needs are wider than housing.'],
      ['getting-more-help', 'getting-advice', 'step-down', f.staff.west.id, f.clock.now.toISOString(), 'Rent arrears cleared.'],
    ]);
    expect(down.enquiry!.levelChanges[1]!.leadPractitioner).toBe('Jo Khan, school nurse');
    expect(down.enquiry!.events.filter((e) => e.type === 'enquiry.level_changed')).toHaveLength(2);
    const audited = (await listAudit(f.ctx.db, { subjectType: 'enquiry', subjectId: enquiry.id })).map((a) => a.action);
    expect(audited.filter((a) => a === 'enquiry.level_changed')).toHaveLength(2);
    const same = await post(`/api/enquiries/${enquiry.id}/level`, { need: { level: 'getting-advice', nextStep: 'advice-and-signposting' }, reason: 'Again.' });
    expect(same).toMatchObject({ status: 422, error: expect.stringMatching(/already at getting-advice/) });
  });

  it('keeps Help to Address Harm from ending as advice, and needs the referral’s when and who', async () => {
    const enquiry = await open();
    const harm = { level: 'help-to-address-harm', nextStep: 'referral-to-social-care' };
    expect((await post(`/api/enquiries/${enquiry.id}/transition`, { to: 'triaged', need: harm })).error).toMatch(/when it was made and by whom/);
    const referred = { ...harm, socialCareReferral: { by: 'Sam Patel, Family Hub West', on: '2026-03-02' } };
    expect((await post(`/api/enquiries/${enquiry.id}/transition`, { to: 'triaged', need: referred })).status).toBe(200);
    expect((await post(`/api/enquiries/${enquiry.id}/transition`, { to: 'advice-given' })).error).toMatch(/cannot close as advice given/);
    expect((await post(`/api/enquiries/${enquiry.id}/transition`, { to: 'closed', outcome: 'needs-met-by-advice' })).error).toMatch(/cannot close as advice given/);
    const closed = await post(`/api/enquiries/${enquiry.id}/transition`, { to: 'closed', outcome: 'stepped-up-to-social-care' });
    expect(closed.enquiry).toMatchObject({ status: 'closed', levelOfNeed: 'help-to-address-harm' });
    expect(closed.enquiry!.levelChanges[0]!.socialCareReferral).toEqual({ by: 'Sam Patel, Family Hub West', on: '2026-03-02' });
    expect((await post(`/api/enquiries/${enquiry.id}/level`, { need: { level: 'getting-help', nextStep: 'single-agency-support' }, reason: 'x' })).error).toMatch(/closed/);
  });

  it('wants a note before a safeguarding-flagged enquiry is triaged as Getting Advice', async () => {
    const enquiry = await open({ safeguardingFlags: ['child-safety'] });
    const advice = { level: 'getting-advice', nextStep: 'advice-and-signposting' };
    expect((await post(`/api/enquiries/${enquiry.id}/transition`, { to: 'triaged', need: advice })).error).toMatch(/flagged for safeguarding/);
    const noted = await post(`/api/enquiries/${enquiry.id}/transition`, { to: 'triaged', need: advice, note: 'Spoke to mum: the words were about a TV drama.' });
    expect(noted.enquiry).toMatchObject({ status: 'triaged', levelOfNeed: 'getting-advice' });
  });
});

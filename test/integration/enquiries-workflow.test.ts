import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../server/audit/index.js';
import { withdrawConsent } from '../../server/enquiries/index.js';
import type { EnquirySummaryView, EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

describe('enquiry workflow: new -> triaged -> advice-given | allocated -> closed', () => {
  let f: Fixture;
  let enquiry: EnquiryView;
  let conversationId: string;
  let consentId: string;
  beforeEach(async () => {
    f = await makeFixture();
    conversationId = await f.familyConversation();
    consentId = await f.consent(conversationId, 'yes');
    const response = await f.request('west', 'POST', '/api/enquiries', { conversationId });
    enquiry = ((await response.json()) as { enquiry: EnquiryView }).enquiry;
  });
  afterEach(() => f.close());

  async function move(body: Record<string, unknown>, who: 'west' | 'south' | 'manager' = 'west') {
    const response = await f.request(who, 'POST', `/api/enquiries/${enquiry.id}/transition`, body);
    const json = (await response.json()) as { enquiry?: EnquiryView; error?: string };
    return { status: response.status, enquiry: json.enquiry, error: json.error };
  }

  it('records who moved it and when, on the row and as events', async () => {
    f.clock.advance(3_600_000);
    const triaged = await move({ to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' }, note: 'Family Hub parenting course' });
    expect(triaged.status).toBe(200);
    expect(triaged.enquiry!.triagedAt).toBe(f.clock.now.toISOString());
    f.clock.advance(3_600_000);
    const allocated = await move({ to: 'allocated', allocatedTo: { kind: 'lead-practitioner', name: 'Sam Patel', staffId: f.staff.south.id } }, 'manager');
    expect(allocated.status).toBe(200);
    expect(allocated.enquiry!.allocatedAt).toBe(f.clock.now.toISOString());
    expect(allocated.enquiry!.allocatedTo).toEqual({ kind: 'lead-practitioner', name: 'Sam Patel', staffId: f.staff.south.id });
    f.clock.advance(3_600_000);
    const closed = await move({ to: 'closed', outcome: 'support-provided' });
    expect(closed.enquiry).toMatchObject({ status: 'closed', outcome: 'support-provided', closedAt: f.clock.now.toISOString() });
    expect(closed.enquiry!.events.map((e) => [e.type, e.fromStatus, e.toStatus, e.by])).toEqual([
      ['enquiry.created', null, 'new', f.staff.west.id],
      ['enquiry.triaged', 'new', 'triaged', f.staff.west.id],
      ['enquiry.allocated', 'triaged', 'allocated', f.staff.manager.id],
      ['enquiry.closed', 'allocated', 'closed', f.staff.west.id],
    ]);
    const actions = (await listAudit(f.ctx.db, { subjectType: 'enquiry', subjectId: enquiry.id })).map((a) => a.action);
    expect(actions.filter((a) => a === 'enquiry.transitioned')).toHaveLength(3);
  });

  it('goes through advice-given too', async () => {
    await move({ to: 'triaged', need: { level: 'getting-advice', nextStep: 'advice-and-signposting' } });
    expect((await move({ to: 'advice-given', note: 'Sent the housing options leaflet' })).enquiry!.status).toBe('advice-given');
    expect((await move({ to: 'closed', outcome: 'needs-met-by-advice' })).enquiry!.status).toBe('closed');
  });

  it('refuses illegal moves with 422 and changes nothing', async () => {
    expect((await move({ to: 'allocated', allocatedTo: { kind: 'service', name: 'Housing Options' } })).status).toBe(422);
    expect((await move({ to: 'closed', outcome: 'support-provided' })).status).toBe(422);
    expect((await move({ to: 'new' })).status).toBe(422);
    await move({ to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } });
    expect((await move({ to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } })).status).toBe(422);
    await move({ to: 'advice-given' });
    expect((await move({ to: 'allocated', allocatedTo: { kind: 'service', name: 'Housing Options' } })).status).toBe(422);
    await move({ to: 'closed', outcome: 'moved-out-of-area' });
    expect((await move({ to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } })).status).toBe(422);
    const view = await f.request('west', 'GET', `/api/enquiries/${enquiry.id}`);
    expect(((await view.json()) as { enquiry: EnquiryView }).enquiry.events).toHaveLength(4);
  });

  it('needs an outcome from the list to close, and a note for "other"', async () => {
    await move({ to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } });
    expect(await move({ to: 'closed' })).toMatchObject({ status: 422, error: expect.stringMatching(/outcome/) });
    expect((await move({ to: 'closed', outcome: 'no-further-action' })).status).toBe(400);
    expect(await move({ to: 'closed', outcome: 'other' })).toMatchObject({ status: 422, error: expect.stringMatching(/note/) });
    expect(await move({ to: 'allocated' })).toMatchObject({ status: 422, error: expect.stringMatching(/lead practitioner or service/) });
    expect((await move({ to: 'allocated', allocatedTo: { kind: 'lead-practitioner', name: 'X', staffId: 'nobody' } })).status).toBe(422);
    const closed = await move({ to: 'closed', outcome: 'other', note: 'Family found support through their mosque.' });
    expect(closed.enquiry).toMatchObject({ status: 'closed', outcome: 'other' });
  });

  it('lets a withdrawn enquiry only be closed', async () => {
    await move({ to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } });
    await withdrawConsent(f.ctx, { conversationId, consentId, by: 'family', clientMessageId: 'client-withdraw-1' });
    expect(await move({ to: 'advice-given' })).toMatchObject({ status: 422, error: expect.stringMatching(/withdrew consent/) });
    const closed = await move({ to: 'closed', outcome: 'family-declined-support' });
    expect(closed.enquiry).toMatchObject({ status: 'closed', withdrawn: true });
    expect(closed.enquiry!.events.map((e) => e.type)).toContain('enquiry.consent_withdrawn');
  });

  it('shows staff their hub’s enquiries and managers all, auditing each view', async () => {
    const list = async (who: 'west' | 'south' | 'manager') =>
      ((await (await f.request(who, 'GET', '/api/enquiries')).json()) as { enquiries: EnquirySummaryView[] }).enquiries.map((e) => e.id);
    expect(await list('west')).toEqual([enquiry.id]);
    expect(await list('south')).toEqual([]);
    expect(await list('manager')).toEqual([enquiry.id]);
    expect((await f.request('south', 'GET', `/api/enquiries/${enquiry.id}`)).status).toBe(403);
    expect((await move({ to: 'triaged' }, 'south')).status).toBe(403);
    expect((await f.request('translator', 'GET', '/api/enquiries')).status).toBe(403);
    expect((await f.request('anonymous', 'GET', `/api/enquiries/${enquiry.id}`)).status).toBe(401);
    expect((await f.request('west', 'GET', '/api/enquiries/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await f.request('manager', 'GET', `/api/enquiries/${enquiry.id}`)).status).toBe(200);
    const views = (await listAudit(f.ctx.db, { subjectType: 'enquiry', subjectId: enquiry.id })).filter((a) => a.action === 'enquiry.viewed');
    expect(views.map((v) => v.actorId)).toEqual([f.staff.manager.id]);
  });

  it('refuses a transition without the CSRF token', async () => {
    const response = await f.request('west', 'POST', `/api/enquiries/${enquiry.id}/transition`, { to: 'triaged' }, { csrf: false });
    expect(response.status).toBe(403);
    const view = await f.request('west', 'GET', `/api/enquiries/${enquiry.id}`, undefined, { csrf: false });
    expect(((await view.json()) as { enquiry: EnquiryView }).enquiry.status).toBe('new');
  });
});

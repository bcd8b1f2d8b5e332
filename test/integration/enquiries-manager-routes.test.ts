import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

const MANAGER_PATHS = [
  '/api/manager/scorecard?from=2026-03-01&to=2026-03-31',
  '/api/manager/audit',
  '/api/manager/webhook-deliveries',
  '/api/enquiries/export?from=2026-03-01&to=2026-03-31&format=csv',
];

describe('manager routes', () => {
  let f: Fixture;
  let enquiry: EnquiryView;
  beforeEach(async () => {
    f = await makeFixture();
    const conversationId = await f.familyConversation();
    await f.consent(conversationId, 'yes');
    f.clock.advance(2 * 3_600_000);
    const response = await f.request('west', 'POST', '/api/enquiries', { conversationId });
    enquiry = ((await response.json()) as { enquiry: EnquiryView }).enquiry;
  });
  afterEach(() => f.close());

  it.each(MANAGER_PATHS)('%s: 401 anonymous, 403 hub staff and translators, 200 managers', async (path) => {
    expect((await f.request('anonymous', 'GET', path)).status).toBe(401);
    expect((await f.request('west', 'GET', path)).status).toBe(403);
    expect((await f.request('translator', 'GET', path)).status).toBe(403);
    expect((await f.request('manager', 'GET', path)).status).toBe(200);
  });

  it("counts the enquiry in the scorecard's Appendix A measures for the range", async () => {
    f.clock.advance(20 * 3_600_000);
    await f.request('west', 'POST', `/api/enquiries/${enquiry.id}/transition`, { to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } });
    const response = await f.request('manager', 'GET', '/api/manager/scorecard?from=2026-03-01&to=2026-03-31');
    const body = (await response.json()) as { total: { appendixA: Record<string, unknown> } };
    // Opened 2 h after first contact and triaged 20 h later: within 4 working days.
    expect(body.total.appendixA.triageIn4WorkingDays).toEqual({ met: 1, of: 1, percent: 100 });
    expect((await f.request('manager', 'GET', '/api/manager/scorecard?from=2026-03-01')).status).toBe(400);
  });

  it('shows the audit log for one record', async () => {
    await f.request('manager', 'GET', `/api/enquiries/${enquiry.id}`);
    const response = await f.request('manager', 'GET', `/api/manager/audit?subjectType=enquiry&subjectId=${enquiry.id}`);
    const { entries } = (await response.json()) as { entries: { action: string; actorId: string }[] };
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ['enquiry.viewed', f.staff.manager.id],
      ['enquiry.created', f.staff.west.id],
    ]);
  });
});

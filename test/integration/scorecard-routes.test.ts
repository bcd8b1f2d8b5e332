import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resumeConversation, sendStaffMessage } from '../../server/conversations/index.js';
import type { Scorecard } from '../../server/measures/index.js';
import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

const MARCH = '/api/manager/scorecard?from=2026-03-01&to=2026-03-31';

describe('GET /api/manager/scorecard', () => {
  let f: Fixture;
  beforeEach(async () => {
    // Monday 2 March 2026, 10:00: a West family chats, is picked up at once and answered 3 minutes later.
    f = await makeFixture();
    const conversationId = await f.familyConversation();
    f.clock.advance(3 * 60_000);
    await sendStaffMessage({ ctx: f.ctx, actor: f.staff.west, conversationId, clientMessageId: 'client-reply-abcdef', content: { kind: 'text', text: 'Hello, I am here to help.' } });
    await f.consent(conversationId, 'yes');
    const created = await f.request('west', 'POST', '/api/enquiries', { conversationId });
    const enquiry = ((await created.json()) as { enquiry: EnquiryView }).enquiry;
    // Triaged on Wednesday 4 March: 2 working days after it was opened.
    f.clock.set('2026-03-04T11:00:00Z');
    const triaged = await f.request('west', 'POST', `/api/enquiries/${enquiry.id}/transition`, { to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } });
    expect(triaged.status).toBe(200);
    // A second family opens the chat and says nothing yet: no hub, nobody asking named.
    await resumeConversation(f.ctx, { language: 'pl' });
  });
  afterEach(() => f.close());

  it('401 anonymous, 403 hub staff and translators, 200 managers', async () => {
    expect((await f.request('anonymous', 'GET', MARCH)).status).toBe(401);
    expect((await f.request('west', 'GET', MARCH)).status).toBe(403);
    expect((await f.request('translator', 'GET', MARCH)).status).toBe(403);
    expect((await f.request('manager', 'GET', MARCH)).status).toBe(200);
  });

  it('reports every contact, in total and per hub, with the live chat and Appendix A figures', async () => {
    const card = (await (await f.request('manager', 'GET', MARCH)).json()) as Scorecard;
    expect(card.total.contacts).toMatchObject({
      total: 2,
      byChannel: { chat: 2, phone: null },
      byWho: { 'parent-carer': 1, 'not-said': 1 },
      gettingAdvice: { withoutEnquiry: 1, clickThroughs: null },
    });
    expect(card.byHub.west?.contacts.total).toBe(1);
    expect(card.byHub.unknown?.contacts.total).toBe(1);
    expect(card.byHub.east?.contacts.total).toBe(0);
    expect(card.total.liveChat).toMatchObject({ requests: 1, waitingMinutes: { median: 0 }, firstStaffReplyMinutes: { median: 3 } });
    expect(card.total.appendixA.triageIn4WorkingDays).toEqual({ met: 1, of: 1, percent: 100 });
    expect(card.headlines.find((h) => h.measure === 'triageIn4WorkingDays')).toMatchObject({ value: 100, target: 90, rag: 'green' });
    expect(card.series.map((p) => p.start)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']);
    expect(card.demand.filter((d) => d.hub === 'west').map((d) => d.need).sort()).toEqual(['housing', 'money-debt']);
    // Level of need is recorded at triage (#12); family feedback is not collected yet.
    expect(card.total.appendixA.levelOfNeed).toEqual({ 'getting-help': 1 });
    expect(card.total.appendixA.steps).toEqual({ up: 0, down: 0 });
    expect(card.total.contacts.byChannel['practitioner-request']).toBe(0);
    expect(card.notRecorded).not.toContain('levelOfNeed');
    expect(card.notRecorded).toContain('feedbackRating');
  });

  it('filters to one hub, and reading it is audited', async () => {
    const west = (await (await f.request('manager', 'GET', `${MARCH}&hub=west&interval=month`)).json()) as Scorecard;
    expect(west.hubs).toEqual(['west']);
    expect(west.total.contacts.total).toBe(1);
    expect(west.series.map((p) => [p.start, p.contacts])).toEqual([['2026-03-01', 1]]);
    const audit = (await (await f.request('manager', 'GET', '/api/manager/audit?subjectType=scorecard')).json()) as { entries: { action: string; subjectId: string }[] };
    expect(audit.entries.map((e) => [e.action, e.subjectId])).toEqual([['scorecard.viewed', '2026-03-01..2026-03-31']]);
  });

  it('refuses an unknown hub or interval, more than two years, dates the wrong way round and no dates with 400', async () => {
    for (const path of [
      `${MARCH}&hub=north`,
      `${MARCH}&interval=day`,
      '/api/manager/scorecard?from=2024-01-01&to=2026-03-31',
      '/api/manager/scorecard?from=2026-03-31&to=2026-03-01',
      '/api/manager/scorecard',
    ]) {
      const response = await f.request('manager', 'GET', path);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'Invalid query.' });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { loadHubsConfig } from '../config/index.js';
import { appendixAMeasures } from './appendix-a-measures.js';
import { computeScorecard } from './compute-scorecard.js';
import { contactMeasures } from './contact-measures.js';
import { demandCells } from './demand-cells.js';
import { liveChatMeasures } from './live-chat-measures.js';
import type { ContactRecord, EnquiryRecord, MeasureRecords } from './measure-records.js';
import { safeguardingMeasures } from './safeguarding-measures.js';
import { ragFor } from './scorecard-targets.js';
import { scorecardSeries } from './scorecard-series.js';
import { workingDayCalendar } from './working-day-calendar.js';

/**
 * Fixtures around Easter 2026 (Good Friday 3 April, Easter Monday 6 April), a closed day the hubs
 * configure (Tuesday 7 April, a training day) and Christmas 2026 (Boxing Day is a Saturday, so
 * Monday 28 December is the substitute bank holiday). In April the clocks are on BST (UTC+1).
 * Working days in early April: Wed 1, Thu 2, Wed 8, Thu 9, Fri 10, Mon 13 … Fri 17, Mon 20.
 */
const config = { ...loadHubsConfig(), extraClosedDays: ['2026-04-07'] };
const calendar = workingDayCalendar(config);
const NOW = '2026-04-20T12:00:00Z';
const TODAY = '2026-04-20';

const contact = (id: string, at: string, completedAt: string | null, more: Partial<ContactRecord> = {}): ContactRecord => ({
  id,
  channel: 'chat',
  at,
  hub: 'west',
  who: 'parent-carer',
  needs: ['housing'],
  language: 'en',
  interpreterLanguage: null,
  resourcesShown: false,
  hasEnquiry: false,
  completedAt,
  ...more,
});

const enquiry = (id: string, createdAt: string, triagedAt: string | null, allocatedAt: string | null, status: EnquiryRecord['status'], more: Partial<EnquiryRecord> = {}): EnquiryRecord => ({
  id,
  hub: 'west',
  status,
  contactAt: createdAt,
  createdAt,
  triagedAt,
  allocatedAt,
  closedAt: status === 'closed' ? triagedAt : null,
  ...more,
});

const contacts = [
  // (Thu 2, Wed 8]: Good Friday, the weekend, Easter Monday and the closed Tuesday do not count: 1 day, met.
  contact('c1', '2026-04-02T09:00:00Z', '2026-04-08T08:00:00Z', { needs: ['housing', 'money-debt'], resourcesShown: true }),
  // (Wed 1, Wed 8]: Thu 2 and Wed 8, 2 days: missed.
  contact('c2', '2026-04-01T09:00:00Z', '2026-04-08T08:00:00Z', { hasEnquiry: true, interpreterLanguage: 'ur', language: 'ur' }),
  // 23:30 UTC on 1 April is 00:30 BST on Thursday 2 April: the local day counts, 1 day, met.
  contact('c3', '2026-04-01T23:30:00Z', '2026-04-08T07:00:00Z', { hub: 'east', who: 'helper', resourcesShown: true }),
  // Never completed; 9 working days have passed by Monday 20: missed.
  contact('c4', '2026-04-02T11:00:00Z', null, { who: null, needs: [] }),
  // Friday 17, open: only Monday 20 has passed, still inside its day: neither met nor missed.
  contact('c5', '2026-04-17T11:00:00Z', null, { hub: 'unknown', interpreterLanguage: 'ur', language: 'ur' }),
];

const enquiries = [
  // 3.2b (Wed 1, Thu 9]: Thu 2, Wed 8, Thu 9 = 3, met. Triage to allocation (Thu 9, Fri 17] = 6, met (3.2c).
  enquiry('e1', '2026-04-01T10:00:00Z', '2026-04-09T10:00:00Z', '2026-04-17T10:00:00Z', 'allocated'),
  // 3.2b (Thu 2, Tue 14]: 8, 9, 10, 13, 14 = 5, missed. Allocation (Tue 14, Wed 15] = 1, met.
  enquiry('e2', '2026-04-02T10:00:00Z', '2026-04-14T10:00:00Z', '2026-04-15T10:00:00Z', 'allocated'),
  // Never triaged; 9 working days since Thu 2: missed.
  enquiry('e3', '2026-04-02T10:00:00Z', null, null, 'new'),
  // Opened Thu 16, 2 working days ago: still inside its 4.
  enquiry('e4', '2026-04-16T10:00:00Z', null, null, 'new'),
  // Triaged next day (1, met); waiting for allocation 9 working days since Thu 2: missed for 3.2c.
  enquiry('e5', '2026-04-01T10:00:00Z', '2026-04-02T10:00:00Z', null, 'triaged'),
  // Triaged the same day (0, met), then closed without allocation: not in 3.2c.
  enquiry('e6', '2026-04-01T10:00:00Z', '2026-04-01T15:00:00Z', null, 'closed'),
];

describe('working days', () => {
  it('skips weekends, Easter, configured closed days and the substitute Boxing Day', () => {
    expect(calendar.workingDaysBetween('2026-04-02', '2026-04-08')).toBe(1);
    expect(calendar.workingDaysBetween('2026-04-02', '2026-04-02')).toBe(0);
    expect(calendar.workingDaysBetween('2026-04-02', '2026-04-07')).toBe(0);
    // Fri 25 Christmas, Sat 26 Boxing Day, Mon 28 its substitute: Tue 29 is the first working day.
    expect(calendar.workingDaysBetween('2026-12-24', '2026-12-28')).toBe(0);
    expect(calendar.workingDaysBetween('2026-12-24', '2026-12-29')).toBe(1);
    expect(calendar.localDate('2026-04-01T23:30:00Z')).toBe('2026-04-02');
    expect(calendar.localDate('2026-12-31T23:30:00Z')).toBe('2026-12-31');
  });
});

describe('Appendix A measures', () => {
  const measures = appendixAMeasures(contacts, enquiries, calendar, TODAY);

  it('3.2a: contacts completed within 1 working day, met c1 and c3 of c1-c4 (c5 not due yet)', () => {
    expect(measures.contactsCompletedIn1WorkingDay).toEqual({ met: 2, of: 4, percent: 50 });
  });

  it('3.2b: triage within 4 working days, met e1, e5, e6 of e1, e2, e3, e5, e6', () => {
    expect(measures.triageIn4WorkingDays).toEqual({ met: 3, of: 5, percent: 60 });
  });

  it('3.1a: working days from triage to allocation, e1 6 and e2 1', () => {
    expect(measures.triageToAllocationWorkingDays).toEqual({ count: 2, median: 3.5, mean: 3.5 });
  });

  it('3.2c: allocation within 6 working days of triage, e1 and e2 of e1, e2, e5', () => {
    expect(measures.allocationIn6WorkingDays).toEqual({ met: 2, of: 3, percent: 66.7 });
  });

  it('a contact on Christmas Eve done on the Tuesday after the substitute holiday is within 1 working day', () => {
    const christmas = [contact('x1', '2026-12-24T10:00:00Z', '2026-12-29T16:00:00Z'), contact('x2', '2026-12-23T10:00:00Z', '2026-12-29T16:00:00Z')];
    // x2: (Wed 23, Tue 29] holds Thu 24 and Tue 29 = 2 days, missed.
    expect(appendixAMeasures(christmas, [], calendar, '2027-01-10').contactsCompletedIn1WorkingDay).toEqual({ met: 1, of: 2, percent: 50 });
  });

  it('re-referrals, level of need and steps are "not recorded" (null) until a record carries them', () => {
    expect(measures.reReferralsWithin12Months).toBeNull();
    expect(measures.levelOfNeed).toBeNull();
    expect(measures.steps).toBeNull();
    const keyed = [
      enquiry('k1', '2025-05-01T10:00:00Z', '2025-05-02T10:00:00Z', null, 'closed', { familyKey: 'f1', levelOfNeed: 'getting-help', step: 'down' }),
      // f1 closed 2 May 2025, opened again 1 April 2026: within 12 months.
      enquiry('k2', '2026-04-01T10:00:00Z', null, null, 'new', { familyKey: 'f1', levelOfNeed: 'getting-help' }),
      // f2 closed 1 March 2025, more than 365 days before 2 April 2026: not a re-referral.
      enquiry('k3', '2025-02-27T10:00:00Z', '2025-03-01T10:00:00Z', null, 'closed', { familyKey: 'f2' }),
      enquiry('k4', '2026-04-02T10:00:00Z', null, null, 'new', { familyKey: 'f2', step: 'up', levelOfNeed: null }),
    ];
    const recorded = appendixAMeasures([], keyed, calendar, TODAY);
    expect(recorded.reReferralsWithin12Months).toEqual({ met: 1, of: 4, percent: 25 });
    expect(recorded.levelOfNeed).toEqual({ 'getting-help': 2 });
    expect(recorded.steps).toEqual({ up: 1, down: 1 });
  });
});

describe('contact measures', () => {
  it('counts every contact by channel and who is asking, Getting Advice reach and interpreters', () => {
    const m = contactMeasures(contacts, ['chat']);
    expect(m.total).toBe(5);
    expect(m.byChannel).toEqual({ chat: 5, phone: null, 'face-to-face': null, 'practitioner-request': null });
    expect(m.byWho).toEqual({ 'parent-carer': 3, helper: 1, 'not-said': 1 });
    expect(m.interpreterByLanguage).toEqual({ ur: 2 });
    expect(m.gettingAdvice).toEqual({ resourcesShown: 2, withoutEnquiry: 4, clickThroughs: null });
    expect(m.practitioners).toEqual({ helperContacts: 1, agencies: null });
    expect(m.feedback).toBeNull();
  });

  it('uses click-throughs, agencies and feedback once records carry them', () => {
    const phone = contact('p1', '2026-04-08T10:00:00Z', null, { channel: 'practitioner-request', who: null, referrerAgency: 'school', clickThroughs: 0 });
    const rated = [
      contact('r1', '2026-04-08T10:00:00Z', null, { feedbackRating: 5, clickThroughs: 3, referrerAgency: 'health' }),
      contact('r2', '2026-04-08T10:00:00Z', null, { feedbackRating: 3, referrerAgency: 'school' }),
      contact('r3', '2026-04-08T10:00:00Z', null, { feedbackRating: null }),
      phone,
    ];
    const m = contactMeasures(rated, ['chat', 'practitioner-request']);
    expect(m.byChannel).toEqual({ chat: 3, phone: null, 'face-to-face': null, 'practitioner-request': 1 });
    expect(m.gettingAdvice.clickThroughs).toBe(3);
    expect(m.practitioners).toEqual({ helperContacts: 1, agencies: 2 });
    // Ratings 5 and 3: mean 4, one of two is 4 or more.
    expect(m.feedback).toEqual({ responses: 2, meanRating: 4, positive: { met: 1, of: 2, percent: 50 } });
  });

  it('demand: need x hub x language x who, a contact with two needs once under each', () => {
    const cells = demandCells(contacts);
    expect(cells.find((c) => c.need === 'housing' && c.hub === 'west' && c.language === 'en')).toEqual({ need: 'housing', hub: 'west', language: 'en', who: 'parent-carer', contacts: 1 });
    expect(cells.filter((c) => c.need === 'housing').reduce((sum, c) => sum + c.contacts, 0)).toBe(4);
    expect(cells.find((c) => c.need === 'not-said')).toMatchObject({ hub: 'west', who: 'not-said', contacts: 1 });
    expect(cells.reduce((sum, c) => sum + c.contacts, 0)).toBe(6);
  });
});

describe('live chat and safeguarding', () => {
  it('waiting, first staff reply, abandonment and callbacks on time', () => {
    const handoffs = [
      { hub: 'west' as const, requestedAt: '2026-04-08T10:00:00Z', claimedAt: '2026-04-08T10:04:00Z', firstStaffReplyAt: '2026-04-08T10:05:00Z', endedAt: '2026-04-08T10:30:00Z' },
      { hub: 'west' as const, requestedAt: '2026-04-08T11:00:00Z', claimedAt: null, firstStaffReplyAt: null, endedAt: '2026-04-08T11:20:00Z' },
      { hub: 'east' as const, requestedAt: '2026-04-08T12:00:00Z', claimedAt: '2026-04-08T12:10:00Z', firstStaffReplyAt: '2026-04-08T12:12:00Z', endedAt: null },
    ];
    const callbacks = [
      { hub: 'west' as const, requestedAt: '2026-04-07T18:00:00Z', dueAt: '2026-04-08T16:00:00Z', doneAt: '2026-04-08T15:00:00Z' },
      { hub: 'west' as const, requestedAt: '2026-04-07T18:00:00Z', dueAt: '2026-04-08T16:00:00Z', doneAt: '2026-04-09T09:00:00Z' },
      { hub: 'west' as const, requestedAt: '2026-04-09T18:00:00Z', dueAt: '2026-04-10T16:00:00Z', doneAt: null },
      { hub: 'west' as const, requestedAt: '2026-04-20T11:00:00Z', dueAt: '2026-04-21T16:00:00Z', doneAt: null },
    ];
    expect(liveChatMeasures(handoffs, callbacks, NOW)).toEqual({
      requests: 3,
      waitingMinutes: { count: 2, median: 7, mean: 7 },
      firstStaffReplyMinutes: { count: 2, median: 8.5, mean: 8.5 },
      abandoned: { met: 1, of: 2, percent: 50 },
      callbacksOnTime: { met: 1, of: 3, percent: 33.3 },
      callbacksOverdue: 1,
    });
  });

  it('triggers by category and minutes to a person acknowledging', () => {
    const triggers = [
      { hub: 'west' as const, at: '2026-04-08T10:00:00Z', category: 'domestic-abuse' },
      { hub: 'west' as const, at: '2026-04-08T10:01:00Z', category: 'domestic-abuse' },
      { hub: 'east' as const, at: '2026-04-08T11:00:00Z', category: null },
    ];
    const alerts = [
      { hub: 'west' as const, raisedAt: '2026-04-08T10:00:00Z', acknowledgedAt: '2026-04-08T10:06:00Z' },
      { hub: 'east' as const, raisedAt: '2026-04-08T11:00:00Z', acknowledgedAt: '2026-04-08T11:30:00Z' },
      { hub: 'east' as const, raisedAt: '2026-04-08T12:00:00Z', acknowledgedAt: null },
    ];
    expect(safeguardingMeasures(triggers, alerts)).toEqual({
      triggers: 3,
      byCategory: { 'domestic-abuse': 2, uncategorised: 1 },
      alertsRaised: 3,
      minutesToAcknowledge: { count: 2, median: 18, mean: 18 },
    });
  });
});

describe('the scorecard', () => {
  const records: MeasureRecords = { channels: ['chat'], contacts, enquiries, handoffs: [], callbacks: [], triggers: [], alerts: [] };
  const targets = [{ measure: 'contactsCompletedIn1WorkingDay' as const, target: 90, amber: 50, better: 'higher' as const }];

  it('computes the total, each hub, headlines against targets and what is not recorded', () => {
    const card = computeScorecard(records, { from: '2026-04-01', to: '2026-04-20', interval: 'week', hubs: ['west', 'east', 'unknown'], now: NOW, config, targets });
    expect(card.total.contacts.total).toBe(5);
    expect(card.byHub.west?.contacts.total).toBe(3);
    expect(card.byHub.east?.appendixA.contactsCompletedIn1WorkingDay).toEqual({ met: 1, of: 1, percent: 100 });
    expect(card.byHub.unknown?.contacts.total).toBe(1);
    expect(card.headlines.find((h) => h.measure === 'contactsCompletedIn1WorkingDay')).toEqual({ measure: 'contactsCompletedIn1WorkingDay', value: 50, unit: 'percent', target: 90, better: 'higher', rag: 'amber' });
    expect(card.headlines.find((h) => h.measure === 'contacts')).toMatchObject({ value: 5, rag: 'none' });
    expect(card.notRecorded).toEqual(['channel-phone', 'channel-face-to-face', 'channel-practitioner-request', 'clickThroughs', 'feedbackRating', 'referrerAgency', 'familyKey', 'levelOfNeed', 'step']);
  });

  it('series: weeks from Monday and calendar months, empty periods included', () => {
    const weeks = scorecardSeries(contacts, { from: '2026-04-01', to: '2026-04-20' }, 'week', calendar, TODAY);
    expect(weeks.map((w) => [w.start, w.contacts])).toEqual([
      ['2026-03-30', 4],
      ['2026-04-06', 0],
      ['2026-04-13', 1],
      ['2026-04-20', 0],
    ]);
    expect(weeks[0]!.byHub).toEqual({ west: 3, east: 1 });
    expect(weeks[0]!.contactsCompletedIn1WorkingDay).toEqual({ met: 2, of: 4, percent: 50 });
    const months = scorecardSeries(contacts, { from: '2026-03-15', to: '2026-04-20' }, 'month', calendar, TODAY);
    expect(months.map((m) => [m.start, m.contacts])).toEqual([
      ['2026-03-01', 0],
      ['2026-04-01', 5],
    ]);
  });

  it('red, amber and green either way round', () => {
    const higher = { measure: 'callbacksOnTime' as const, target: 95, amber: 85, better: 'higher' as const };
    const lower = { measure: 'chatAbandoned' as const, target: 10, amber: 20, better: 'lower' as const };
    expect([95, 85, 84.9].map((v) => ragFor(v, higher))).toEqual(['green', 'amber', 'red']);
    expect([10, 20, 20.1].map((v) => ragFor(v, lower))).toEqual(['green', 'amber', 'red']);
    expect(ragFor(null, higher)).toBe('none');
    expect(ragFor(50, undefined)).toBe('none');
  });
});

import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiveFamilyInput, resumeConversation, findConversation, type FamilyInput } from '../../server/conversations/index.js';
import { consents, webhookDeliveries } from '../../server/db/tables.js';
import { requestConsent } from '../../server/enquiries/index.js';
import { parseFlowState } from '../../server/flow-engine/index.js';
import { parseCsv } from '../../server/i18n/toolkit/parse-csv.js';
import { claimHandoff, openHandoffFor } from '../../server/handoff/index.js';
import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

let sent = 0;
const cid = () => `practitioner-${++sent}-abcdef`;
const answer = (nodeId: string, ...values: string[]): FamilyInput => ({ kind: 'answer', clientMessageId: cid(), nodeId, values });
const say = (text: string): FamilyInput => ({ kind: 'text', clientMessageId: cid(), text });

/** A health visitor's request, up to and including whether the family agrees. */
const referrerTurns = (agrees: string): FamilyInput[] => [
  answer('agency', 'midwife-health-visitor'),
  say('Priya Shah'),
  say('Health visitor'),
  say('Bradford District Care NHS Trust'),
  say('priya.shah@example.nhs.uk'),
  answer('agreement', agrees),
];

describe('a practitioner asks for Early Help for a family', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await makeFixture({ webhook: { url: 'http://127.0.0.1:9/unused', secret: `whsec_${Buffer.from('k'.repeat(32)).toString('base64')}` } });
  });
  afterEach(() => f.close());

  async function start(): Promise<string> {
    return (await resumeConversation(f.ctx, { language: 'en', route: 'practitioner' })).conversation.id;
  }

  it('without the family’s agreement, stops before any family detail is asked or kept', async () => {
    const id = await start();
    for (const input of referrerTurns('not-asked')) await receiveFamilyInput(f.ctx, id, input);
    const conversation = (await findConversation(f.ctx.db, id))!;
    const state = parseFlowState(conversation.flowState);
    expect(state).toMatchObject({ status: 'ended', at: null });
    expect(Object.keys(state.answers).sort()).toEqual(['familyAgrees', 'referrerAgency', 'referrerContact', 'referrerName', 'referrerOrganisation', 'referrerRole']);
  });

  it('opens an enquiry on the practitioner’s attested consent, refusing the family consent card, and exports who asked', async () => {
    const id = await start();
    const turns = [
      ...referrerTurns('yes'),
      say('Mum Aisha and two children, 1 and 4, speak Urdu; best by phone 07700 900456.'),
      answer('needs', 'housing', 'behaviour-parenting'),
      say('BD8 9NN'),
      say('Mum is isolated since the move and the toddler is not sleeping.'),
      say('Health visiting contacts weekly.'),
      { kind: 'handoff-request', clientMessageId: cid() } as FamilyInput,
    ];
    for (const input of turns) await receiveFamilyInput(f.ctx, id, input);
    await claimHandoff({ ctx: f.ctx, actor: f.staff.west, handoffId: (await openHandoffFor(f.ctx.db, id))!.id });

    await expect(requestConsent({ ctx: f.ctx, actor: f.staff.west, conversationId: id })).rejects.toThrow(/practitioner’s request/);
    expect(await f.ctx.db.select().from(consents).where(eq(consents.conversationId, id))).toEqual([]);

    const response = await f.request('west', 'POST', '/api/enquiries', { conversationId: id });
    expect(response.status).toBe(201);
    const enquiry = ((await response.json()) as { enquiry: EnquiryView }).enquiry;
    expect(enquiry).toMatchObject({
      consentBasis: 'practitioner-attested',
      referrer: { agency: 'midwife-health-visitor', name: 'Priya Shah', role: 'Health visitor', organisation: 'Bradford District Care NHS Trust', email: 'priya.shah@example.nhs.uk', phone: null },
      details: { whoIsAsking: 'helper', needs: ['housing', 'behaviour-parenting'], familyOwnWords: 'Mum is isolated since the move and the toddler is not sleeping.' },
    });
    expect(enquiry.details.staffNotes).toContain('Tried: Health visiting contacts weekly.');

    const [consent] = await f.ctx.db.select().from(consents).where(eq(consents.conversationId, id));
    expect(consent).toMatchObject({ basis: 'practitioner-attested', answer: 'yes', attestedBy: 'Priya Shah, Health visitor, Bradford District Care NHS Trust', wordingKey: 'flows:pr.agreement.prompt', wordingVersion: 1, requestedBy: f.staff.west.id });
    expect(consent!.shownText).toMatch(/do they agree/);
    expect(consent!.textHash).toMatch(/^[0-9a-f]{64}$/);

    const [created] = await f.ctx.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventType, 'enquiry.created'));
    expect(JSON.parse(created!.payload).data).toMatchObject({ consentBasis: 'practitioner-attested', referrer: { name: 'Priya Shah', agency: 'midwife-health-visitor' } });

    const csv = await (await f.request('manager', 'GET', '/api/enquiries/export?from=2026-03-01&to=2026-03-31&format=csv')).text();
    const [header, row] = parseCsv(csv);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('consent_basis')).toBe('practitioner-attested');
    expect(cell('referrer_agency')).toBe('midwife-health-visitor');
    expect(cell('referrer_name')).toBe('Priya Shah');
    expect(cell('referrer_email')).toBe('priya.shah@example.nhs.uk');
  });
});

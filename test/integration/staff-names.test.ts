import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnquiryView, WebhookDeliveryView } from '../../server/protocol/enquiry-bodies.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

/** Logs a person reads name the staff member and their role, not an internal id. */
describe('names, not ids', () => {
  let f: Fixture;
  let enquiry: EnquiryView;
  beforeEach(async () => {
    // Deliveries are logged when the enquiry changes; nothing listens at this address, which does not matter here.
    f = await makeFixture({ webhook: { url: 'http://127.0.0.1:9/hook', secret: `whsec_${Buffer.from('a'.repeat(32)).toString('base64')}` } });
    const conversationId = await f.familyConversation();
    await f.consent(conversationId, 'yes');
    const response = await f.request('west', 'POST', '/api/enquiries', { conversationId });
    enquiry = ((await response.json()) as { enquiry: EnquiryView }).enquiry;
  });
  afterEach(() => f.close());

  it('audit log, enquiry history and deliveries carry display names and roles', async () => {
    const { enquiry: viewed } = (await (await f.request('manager', 'GET', `/api/enquiries/${enquiry.id}`)).json()) as { enquiry: EnquiryView };
    expect(viewed.events.map((e) => [e.type, e.byName, e.byRole])).toEqual([['enquiry.created', 'west', 'staff']]);

    const audit = (await (await f.request('manager', 'GET', `/api/manager/audit?subjectType=enquiry&subjectId=${enquiry.id}`)).json()) as {
      entries: { action: string; actorName: string | null; actorRole: string }[];
    };
    expect(audit.entries.map((e) => [e.action, e.actorName, e.actorRole])).toEqual([
      ['enquiry.viewed', 'manager', 'manager'],
      ['enquiry.created', 'west', 'staff'],
    ]);

    const log = (await (await f.request('manager', 'GET', '/api/manager/webhook-deliveries')).json()) as { deliveries: WebhookDeliveryView[] };
    expect(log.deliveries.map((d) => [d.eventType, d.byName, d.byRole])).toEqual([['enquiry.created', 'west', 'staff']]);
    expect(JSON.stringify(log)).not.toContain('payload');
  });
});

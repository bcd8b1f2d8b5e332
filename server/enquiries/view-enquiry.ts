import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import { staffNames, type StaffRow } from '../auth/index.js';
import { NotFoundError } from '../domain-errors.js';
import type { EnquiryView } from '../protocol/enquiry-bodies.js';
import { assertCanSeeEnquiry } from './enquiry-access.js';
import { findEnquiry, loadView } from './enquiry-record.js';

/** One enquiry with its history. Every read of a family's enquiry is audited. */
export async function viewEnquiry({ ctx, actor, enquiryId }: { ctx: AppContext; actor: StaffRow; enquiryId: string }): Promise<EnquiryView> {
  return ctx.store.transaction(async (tx) => {
    const enquiry = await findEnquiry(tx, enquiryId);
    if (!enquiry) throw new NotFoundError('enquiry');
    assertCanSeeEnquiry(actor, enquiry);
    await recordAudit(tx, actor, 'enquiry.viewed', { type: 'enquiry', id: enquiryId }, ctx.now());
    const view = await loadView(tx, enquiry);
    const names = await staffNames(tx, view.events.map((e) => e.by));
    const named = view.events.map((e) => {
      const who = names.get(e.by);
      return who ? { ...e, byName: who.name, byRole: who.role } : e;
    });
    return { ...view, events: named };
  });
}

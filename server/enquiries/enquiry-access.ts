import { eq, inArray, or, type SQL } from 'drizzle-orm';
import type { StaffRow } from '../auth/index.js';
import { jsonField, type Tx } from '../db/index.js';
import { enquiries } from '../db/tables.js';
import { ForbiddenError } from '../domain-errors.js';
import { assertCanSeeConversation } from '../handoff/conversation-access.js';
import { detailsOf, type EnquiryRow } from './enquiry-record.js';

/**
 * Hub staff work the enquiries of families living in their locality, those whose locality is not
 * known yet ('any'), and any they opened themselves; managers see every enquiry; translators none.
 */
export function assertCanSeeEnquiry(actor: StaffRow, enquiry: EnquiryRow): void {
  if (actor.role === 'manager') return;
  if (actor.role !== 'staff') throw new ForbiddenError('Only hub staff and managers work enquiries.');
  const locality = detailsOf(enquiry).locality;
  if (locality !== 'any' && locality !== actor.locality && enquiry.createdBy !== actor.id) {
    throw new ForbiddenError('This enquiry is with another hub.');
  }
}

/** The same rule as a query condition, for lists. Undefined means "no restriction". */
export function visibleEnquiries(actor: StaffRow): SQL | undefined {
  if (actor.role === 'manager') return undefined;
  if (actor.role !== 'staff') throw new ForbiddenError('Only hub staff and managers work enquiries.');
  return or(
    inArray(jsonField(enquiries.details, 'locality'), [actor.locality ?? '', 'any']),
    eq(enquiries.createdBy, actor.id),
  );
}

/**
 * Opening an enquiry needs the same reach as reading the conversation: the family asked this
 * member of staff's hub (or the shared queue) for help, or they are the one talking to them.
 */
export async function assertCanOpenEnquiryFor(db: Tx, actor: StaffRow, conversationId: string): Promise<void> {
  if (actor.role === 'manager') return;
  if (actor.role !== 'staff') throw new ForbiddenError('Only hub staff and managers open enquiries.');
  await assertCanSeeConversation(db, actor, conversationId);
}

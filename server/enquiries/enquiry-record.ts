import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { firstRow, type Tx } from '../db/index.js';
import { withdrawnDetails } from './withdrawn-details.js';
import { enquiries, enquiryEvents } from '../db/tables.js';
import { EnquiryDetails, type AllocatedTo, type EnquirySummaryView, type EnquiryView } from '../protocol/enquiry-bodies.js';

export type EnquiryRow = typeof enquiries.$inferSelect;
export type EnquiryEventRow = typeof enquiryEvents.$inferSelect;

export async function findEnquiry(db: Tx, id: string): Promise<EnquiryRow | undefined> {
  return firstRow(await db.select().from(enquiries).where(eq(enquiries.id, id)).limit(1));
}

/** Details were validated on the way in; parsing again on the way out keeps a bad row from spreading. */
/**
 * Stored details are read leniently on language: enquiries written before languages were checked
 * against the registry must still open and export (every export cell is guarded anyway).
 */
const StoredDetails = EnquiryDetails.extend({ language: z.string().max(35), interpreterLanguage: z.string().max(35).optional() });

export function detailsOf(row: EnquiryRow): EnquiryDetails {
  return StoredDetails.parse(row.details);
}

export async function eventsOf(db: Tx, enquiryId: string): Promise<EnquiryEventRow[]> {
  return (await db.select().from(enquiryEvents).where(eq(enquiryEvents.enquiryId, enquiryId)).orderBy(asc(enquiryEvents.at), asc(enquiryEvents.id)));
}

/** Who the enquiry went to: kept on its latest allocation event (the table has no column for it). */
export function allocationOf(events: EnquiryEventRow[]): AllocatedTo | null {
  const allocated = events.filter((e) => e.type === 'enquiry.allocated').at(-1);
  const detail = allocated?.detail as { allocatedTo?: AllocatedTo } | null | undefined;
  return detail?.allocatedTo ?? null;
}

/** The details staff may see: all of them, or after a withdrawal of consent only what honouring it needs. */
function shownDetails(row: EnquiryRow): EnquiryDetails {
  return row.withdrawnAt ? withdrawnDetails(detailsOf(row)) : detailsOf(row);
}

export function toSummaryView(row: EnquiryRow): EnquirySummaryView {
  const details = shownDetails(row);
  return {
    id: row.id,
    reference: row.reference,
    conversationId: row.conversationId,
    status: row.status,
    locality: details.locality,
    needs: details.needs,
    ...(details.urgency ? { urgency: details.urgency } : {}),
    contactAt: row.contactAt,
    createdAt: row.createdAt,
    withdrawn: row.withdrawnAt !== null,
  };
}

export function toView(row: EnquiryRow, events: EnquiryEventRow[]): EnquiryView {
  return {
    ...toSummaryView(row),
    details: shownDetails(row),
    createdBy: row.createdBy,
    triagedAt: row.triagedAt,
    allocatedAt: row.allocatedAt,
    allocatedTo: allocationOf(events),
    closedAt: row.closedAt,
    outcome: row.outcome,
    withdrawnAt: row.withdrawnAt,
    // An event's detail (who it was allocated to, a closing note) is about the family too.
    events: events.map((e) => ({ type: e.type, fromStatus: e.fromStatus, toStatus: e.toStatus, by: e.by, at: e.at, detail: row.withdrawnAt ? null : e.detail })),
  };
}

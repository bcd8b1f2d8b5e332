import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { firstRow, type Tx } from '../db/index.js';
import { withdrawnDetails } from './withdrawn-details.js';
import { enquiries, enquiryEvents, enquiryLevelChanges } from '../db/tables.js';
import type { LevelOfNeed, NextStep } from '../protocol/continuum-of-need.js';
import { EnquiryDetails, type AllocatedTo, type EnquirySummaryView, type EnquiryView, type LevelChangeView, type ReferrerView } from '../protocol/enquiry-bodies.js';

export type EnquiryRow = typeof enquiries.$inferSelect;
export type EnquiryEventRow = typeof enquiryEvents.$inferSelect;
export type LevelChangeRow = typeof enquiryLevelChanges.$inferSelect;

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

export async function levelChangesOf(db: Tx, enquiryId: string): Promise<LevelChangeRow[]> {
  return await db.select().from(enquiryLevelChanges).where(eq(enquiryLevelChanges.enquiryId, enquiryId)).orderBy(asc(enquiryLevelChanges.at), asc(enquiryLevelChanges.id));
}

/** The enquiry as the console shows it, with its events and its level-of-need history. */
export async function loadView(db: Tx, row: EnquiryRow): Promise<EnquiryView> {
  return toView(row, await eventsOf(db, row.id), await levelChangesOf(db, row.id));
}

export function referrerViewOf(row: EnquiryRow): ReferrerView | null {
  if (!row.referrerAgency && !row.referrerName) return null;
  return {
    agency: row.referrerAgency,
    name: row.referrerName,
    role: row.referrerRole,
    organisation: row.referrerOrganisation,
    email: row.referrerEmail,
    phone: row.referrerPhone,
  };
}

function toLevelChangeView(c: LevelChangeRow): LevelChangeView {
  return {
    fromLevel: c.fromLevel as LevelOfNeed | null,
    toLevel: c.toLevel as LevelOfNeed,
    direction: c.direction,
    nextStep: c.nextStep as NextStep,
    leadPractitioner: c.leadPractitioner,
    socialCareReferral: c.referralBy && c.referralOn ? { by: c.referralBy, on: c.referralOn } : null,
    reason: c.reason,
    by: c.by,
    at: c.at,
  };
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
    levelOfNeed: row.levelOfNeed,
    consentBasis: row.consentBasis,
    referrer: referrerViewOf(row),
    locality: details.locality,
    needs: details.needs,
    ...(details.urgency ? { urgency: details.urgency } : {}),
    contactAt: row.contactAt,
    createdAt: row.createdAt,
    withdrawn: row.withdrawnAt !== null,
  };
}

export function toView(row: EnquiryRow, events: EnquiryEventRow[], levelChanges: LevelChangeRow[]): EnquiryView {
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
    nextStep: row.nextStep as NextStep | null,
    levelChanges: levelChanges.map(toLevelChangeView),
    events: events.map((e) => ({ type: e.type, fromStatus: e.fromStatus, toStatus: e.toStatus, by: e.by, at: e.at, detail: row.withdrawnAt ? null : e.detail })),
  };
}

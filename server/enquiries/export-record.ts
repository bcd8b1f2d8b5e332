import type { AllocatedTo, ConsentBasis, EnquiryDetails, ReferrerView } from '../protocol/enquiry-bodies.js';
import { allocationOf, detailsOf, referrerViewOf, type EnquiryEventRow, type EnquiryRow } from './enquiry-record.js';

/**
 * One enquiry as the case system receives it. A withdrawn enquiry keeps only its reference, status
 * and dates with `withdrawn: true`, so a case system that imported it earlier learns to stop using
 * it, while nothing the family told us leaves after they took their consent back.
 */
interface ExportBase {
  id: string;
  reference: string;
  status: string;
  withdrawnAt: string | null;
  contactAt: string;
  createdAt: string;
  triagedAt: string | null;
  allocatedAt: string | null;
  closedAt: string | null;
}

export type ExportRecord =
  | (ExportBase & { withdrawn: true })
  | (ExportBase & {
      withdrawn: false;
      outcome: string | null;
      outcomeNote: string | null;
      allocatedTo: AllocatedTo | null;
      details: EnquiryDetails;
      levelOfNeed: string | null;
      nextStep: string | null;
      consentBasis: ConsentBasis;
      referrer: ReferrerView | null;
    });

export function toExportRecord(row: EnquiryRow, events: EnquiryEventRow[]): ExportRecord {
  const base = {
    id: row.id,
    reference: row.reference,
    status: row.status,
    withdrawnAt: row.withdrawnAt,
    contactAt: row.contactAt,
    createdAt: row.createdAt,
    triagedAt: row.triagedAt,
    allocatedAt: row.allocatedAt,
    closedAt: row.closedAt,
  };
  if (row.withdrawnAt) return { ...base, withdrawn: true };
  const closed = events.filter((e) => e.type === 'enquiry.closed').at(-1)?.detail as { note?: string } | null | undefined;
  return {
    ...base,
    withdrawn: false,
    outcome: row.outcome,
    outcomeNote: closed?.note ?? null,
    allocatedTo: allocationOf(events),
    details: detailsOf(row),
    levelOfNeed: row.levelOfNeed,
    nextStep: row.nextStep,
    consentBasis: row.consentBasis,
    referrer: referrerViewOf(row),
  };
}

export const CSV_HEADER = [
  'id', 'reference', 'status', 'withdrawn', 'withdrawn_at', 'contact_at', 'created_at', 'triaged_at', 'allocated_at', 'closed_at',
  'outcome', 'outcome_note', 'allocated_to_kind', 'allocated_to_name', 'who_is_asking', 'family_members', 'child_age_bands', 'needs',
  'other_needs', 'postcode_district', 'locality', 'language', 'interpreter_needed', 'interpreter_language', 'contact_method',
  'contact_value', 'contact_preferred_time', 'safe_to_leave_message', 'urgency', 'safeguarding_flags', 'family_own_words', 'staff_notes',
  'level_of_need', 'next_step', 'consent_basis', 'referrer_agency', 'referrer_name', 'referrer_role', 'referrer_organisation',
  'referrer_email', 'referrer_phone',
] as const;

/** The record as CSV cells in CSV_HEADER order; lists are joined with "; ". writeCsv guards every cell. */
export function toCsvCells(record: ExportRecord): string[] {
  const dates = [record.id, record.reference, record.status, String(record.withdrawn), record.withdrawnAt ?? '', record.contactAt, record.createdAt, record.triagedAt ?? '', record.allocatedAt ?? '', record.closedAt ?? ''];
  if (record.withdrawn) return [...dates, ...Array<string>(CSV_HEADER.length - dates.length).fill('')];
  const d = record.details;
  const free = (text: string | undefined | null) => text ?? '';
  const members = d.familyMembers.map((m) => [m.relationship, m.name, m.ageBand].filter(Boolean).join(' '));
  return [
    ...dates,
    record.outcome ?? '',
    free(record.outcomeNote),
    record.allocatedTo?.kind ?? '',
    free(record.allocatedTo?.name),
    d.whoIsAsking ?? '',
    free(members.join('; ')),
    d.childAgeBands.join('; '),
    d.needs.join('; '),
    free(d.otherNeeds),
    d.postcodeDistrict ?? '',
    d.locality,
    d.language,
    String(d.interpreterNeeded),
    d.interpreterLanguage ?? '',
    d.contact?.method ?? '',
    d.contact?.value ?? '',
    free(d.contact?.preferredTime),
    d.contact?.safeToLeaveMessage === undefined ? '' : String(d.contact.safeToLeaveMessage),
    d.urgency ?? '',
    d.safeguardingFlags.join('; '),
    free(d.familyOwnWords),
    free(d.staffNotes),
    record.levelOfNeed ?? '',
    record.nextStep ?? '',
    record.consentBasis,
    record.referrer?.agency ?? '',
    free(record.referrer?.name),
    free(record.referrer?.role),
    free(record.referrer?.organisation),
    free(record.referrer?.email),
    free(record.referrer?.phone),
  ];
}

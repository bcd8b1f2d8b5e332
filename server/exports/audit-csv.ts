import type { auditLog } from '../db/tables.js';
import { csvFile, type CsvFile } from './csv-file.js';

export const AUDIT_CSV_HEADER = ['id', 'at', 'actor_id', 'actor_role', 'action', 'subject_type', 'subject_id', 'detail', 'prev_hash', 'hash'] as const;

/** Audit entries as CSV; the hashes go with them so a copy can be checked against the chain. */
export function auditCsv(entries: readonly (typeof auditLog.$inferSelect)[]): CsvFile {
  const rows = entries.map((e) => [String(e.id), e.at, e.actorId, e.actorRole, e.action, e.subjectType, e.subjectId, e.detail == null ? '' : JSON.stringify(e.detail), e.prevHash ?? '', e.hash ?? '']);
  return csvFile('audit-log.csv', AUDIT_CSV_HEADER, rows);
}

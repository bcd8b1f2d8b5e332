import type { CallbackView } from '../protocol/http-bodies.js';
import { csvFile, type CsvFile } from './csv-file.js';

export const CALLBACK_CSV_HEADER = [
  'id', 'conversation_id', 'locality', 'contact_method', 'contact_value', 'preferred_time', 'requested_at', 'due_at', 'status', 'outcome',
] as const;

/** The callback list a hub works from, for staff who keep a phone list offline. */
export function callbacksCsv(callbacks: readonly CallbackView[], status: string): CsvFile {
  const rows = callbacks.map((c) => [c.id, c.conversationId, c.locality, c.contactMethod, c.contactValue, c.preferredTime ?? '', c.requestedAt, c.dueAt, c.status, c.outcome ?? '']);
  return csvFile(`callbacks-${status}.csv`, CALLBACK_CSV_HEADER, rows);
}

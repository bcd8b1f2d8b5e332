import type { ExportUnit, SegmentState } from './collect-units.js';

export const CSV_COLUMNS = ['namespace', 'key', 'source', 'target', 'review', 'notes'] as const;

const REVIEW_COLUMN: Record<SegmentState, string> = { initial: '', translated: 'draft', reviewed: 'reviewed' };

/**
 * One language as RFC 4180 CSV. The BOM makes Excel read UTF-8 instead of the local code page;
 * every field is quoted so commas, quotes and line breaks inside texts survive.
 */
export function writeCsv(units: readonly ExportUnit[]): string {
  const rows: string[][] = [
    [...CSV_COLUMNS],
    ...units.map((unit) => [
      unit.ns,
      unit.key,
      unit.source,
      unit.target ?? '',
      REVIEW_COLUMN[unit.state],
      unit.notes.map((note) => note.text).join('\n'),
    ]),
  ];
  const lines = rows.map((row) => row.map((field) => `"${field.replaceAll('"', '""')}"`).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

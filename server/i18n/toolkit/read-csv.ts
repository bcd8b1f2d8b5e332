import type { ImportFile, ImportUnit } from './import-unit.js';
import type { ReviewState } from './locale-snapshot.js';
import { CsvSyntaxError, parseCsv } from './parse-csv.js';
import { CSV_COLUMNS } from './write-csv.js';

const REQUIRED = ['namespace', 'key', 'source', 'target'] as const;

/**
 * Reads a CSV written by `writeCsv` and edited in a spreadsheet. Rows are numbered as a
 * spreadsheet shows them (the header is row 1). Spreadsheets may save line breaks inside a cell
 * as CRLF; texts never contain CR on purpose, so it is folded back to LF.
 */
export function readCsv(text: string): ImportFile {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { units: [], fatal: `not valid CSV: ${error.message}` };
    throw error;
  }
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    const hint = header.length === 1 && (header[0] ?? '').includes(';')
      ? ' It looks separated by ";": save as "CSV UTF-8 (comma delimited)".'
      : '';
    return { units: [], fatal: `the first row must name the columns ${CSV_COLUMNS.join(',')}; missing ${missing.join(', ')}.${hint}` };
  }
  const column = (fields: string[], name: string): string => {
    const at = header.indexOf(name);
    return at === -1 ? '' : (fields[at] ?? '').replace(/\r\n?/g, '\n');
  };
  return {
    units: records.slice(1).map((fields, index): ImportUnit => {
      const ns = column(fields, 'namespace');
      const key = column(fields, 'key');
      const target = column(fields, 'target');
      const unit: ImportUnit = {
        ref: `row ${index + 2} (${ns}:${key})`,
        ns,
        key,
        source: column(fields, 'source'),
        target: target === '' ? undefined : target,
        review: undefined,
      };
      if (fields.length !== header.length) {
        return { ...unit, problem: `has ${fields.length} columns where the header has ${header.length}` };
      }
      const review = column(fields, 'review').trim().toLowerCase();
      if (review !== '' && review !== 'draft' && review !== 'reviewed') {
        return { ...unit, problem: `review must be "draft", "reviewed" or empty, not "${review}"` };
      }
      return { ...unit, review: review === '' ? undefined : (review as ReviewState) };
    }),
  };
}

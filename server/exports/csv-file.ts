import { writeCsv } from './write-csv.js';

export interface CsvFile {
  contentType: string;
  filename: string;
  body: string;
}

/** A download: the CSV with its header row, a content type Excel and case systems recognise, a file name. */
export function csvFile(filename: string, header: readonly string[], rows: readonly (readonly string[])[]): CsvFile {
  return { contentType: 'text/csv; charset=utf-8; header=present', filename, body: writeCsv(header, rows) };
}

/** Response headers for a CsvFile: an attachment, never cached (it holds personal data). */
export function csvHeaders(file: CsvFile): Record<string, string> {
  return { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' };
}

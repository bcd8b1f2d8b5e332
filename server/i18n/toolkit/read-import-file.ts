import type { ImportFile } from './import-unit.js';
import { readCsv } from './read-csv.js';
import { readXliff } from './read-xliff.js';

export type ExchangeFormat = 'xliff' | 'csv';

/** Chooses by extension, else by content: XML starts with "<", our CSV with its header. */
export function detectFormat(fileName: string, text: string): ExchangeFormat {
  if (/\.(xlf|xliff|xml)$/i.test(fileName)) return 'xliff';
  if (/\.csv$/i.test(fileName)) return 'csv';
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('<') ? 'xliff' : 'csv';
}

/** Reads an exchange file back into units for `importUnits`. */
export function readImportFile(text: string, format: ExchangeFormat, lang: string): ImportFile {
  return format === 'xliff' ? readXliff(text, lang) : readCsv(text);
}

/** Every download goes through one CSV writer (write-csv.ts), so every cell of every export is guarded. */
export { writeCsv, guardFormula } from './write-csv.js';
export { csvFile, csvHeaders, type CsvFile } from './csv-file.js';
export { callbacksCsv, CALLBACK_CSV_HEADER } from './callbacks-csv.js';
export { auditCsv, AUDIT_CSV_HEADER } from './audit-csv.js';

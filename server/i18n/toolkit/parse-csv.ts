export class CsvSyntaxError extends Error {}

/**
 * Strict RFC 4180 reader: comma separated, double-quoted fields with "" for a quote, CRLF or LF
 * between records. Returns records (not lines: a quoted field may span lines), skipping blank ones.
 */
export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let pos = 0;
  let line = 1;
  const endRecord = (): void => {
    record.push(field);
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
    field = '';
  };
  while (pos < text.length) {
    const char = text[pos] as string;
    if (char === '"' && field === '') {
      const start = line;
      pos += 1;
      for (;;) {
        if (pos >= text.length) throw new CsvSyntaxError(`line ${start}: a quoted field is never closed`);
        const inner = text[pos] as string;
        if (inner === '"' && text[pos + 1] === '"') {
          field += '"';
          pos += 2;
        } else if (inner === '"') {
          pos += 1;
          break;
        } else {
          if (inner === '\n') line += 1;
          field += inner;
          pos += 1;
        }
      }
      const next = text[pos];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvSyntaxError(`line ${line}: text after a closing quote; write a quote inside a quoted field as ""`);
      }
    } else if (char === '"') {
      throw new CsvSyntaxError(`line ${line}: a quote inside an unquoted field; quote the whole field`);
    } else if (char === ',') {
      record.push(field);
      field = '';
      pos += 1;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      pos += char === '\r' && text[pos + 1] === '\n' ? 2 : 1;
      line += 1;
    } else {
      field += char;
      pos += 1;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

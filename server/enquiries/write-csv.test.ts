import { describe, expect, it } from 'vitest';
import { neutraliseFormula, writeCsv } from './write-csv.js';

describe('writeCsv (RFC 4180)', () => {
  it('ends every record with CRLF and quotes only what needs it', () => {
    expect(writeCsv(['a', 'b'], [['plain', 'with, comma'], ['say "hi"', 'two\nlines']])).toBe('a,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n');
  });
});

describe('neutraliseFormula', () => {
  it('stops free text from running as a spreadsheet formula', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('We need help')).toBe('We need help');
  });
});

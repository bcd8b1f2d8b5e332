import { describe, expect, it } from 'vitest';
import { guardFormula, writeCsv } from './write-csv.js';

describe('writeCsv (RFC 4180)', () => {
  it('starts with a UTF-8 BOM, ends every record with CRLF and quotes only what needs it', () => {
    expect(writeCsv(['a', 'b'], [['plain', 'with, comma'], ['say "hi"', 'two\nlines']])).toBe('\uFEFFa,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('keeps Urdu and accents as they are', () => {
    expect(writeCsv(['language'], [['اردو'], ['Čeština']])).toBe('\uFEFFlanguage\r\nاردو\r\nČeština\r\n');
  });

  it('guards every cell, header included', () => {
    expect(writeCsv(['=cmd'], [['+44 7700 900000', '@SUM(A1)']])).toBe("\uFEFF'=cmd\r\n'+44 7700 900000,'@SUM(A1)\r\n");
  });
});

describe('guardFormula', () => {
  it.each([
    '=HYPERLINK("http://x","y")',
    '+1+2',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    ' =1+2',
    '\uFF1D1+2',
    '\uFF0B1',
    '\uFF0D1',
    '\uFF201',
    '\u3000=1',
  ])('prefixes %j with an apostrophe', (cell) => {
    expect(guardFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['We need help', 'a=b', 'mum; dad', ''])('leaves %j alone', (cell) => {
    expect(guardFormula(cell)).toBe(cell);
  });
});

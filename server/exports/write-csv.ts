/**
 * The one CSV writer for every export. RFC 4180 (CRLF line ends, a header row, fields quoted when
 * they hold a comma, quote or line break), a UTF-8 byte order mark so Excel shows Urdu, Bengali and
 * accented names instead of mojibake, and every cell guarded against formula injection.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + [header, ...rows].map((cells) => cells.map((cell) => quoteField(guardFormula(cell))).join(',')).join('\r\n') + '\r\n';
}

/**
 * Spreadsheets run a cell starting with = + - @ (or their full-width forms, which some convert),
 * or a tab or carriage return before them, as a formula: "=HYPERLINK(...)" in a family's contact
 * field would become a live link in a manager's spreadsheet. Such a cell gets a leading apostrophe
 * (OWASP's advice), whatever column it is in: a phone number "+44…" shows as text, as it should.
 */
export function guardFormula(text: string): string {
  return /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\u2212]|^[\t\r\n]/.test(text) ? `'${text}` : text;
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

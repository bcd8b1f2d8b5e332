/** RFC 4180: CRLF line ends, a header row, and fields quoted when they hold a comma, quote or line break. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((cells) => cells.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Words a family or member of staff typed can start with = + - @, which spreadsheet programs run as a
 * formula when a manager opens the file. Such free text gets a leading apostrophe (OWASP's advice);
 * structured fields such as phone numbers ("+44…") are left exactly as they are.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

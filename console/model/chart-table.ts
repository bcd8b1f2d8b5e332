/**
 * One chart's figures as a table: the SVG draws it, the accessible table shows it and the CSV
 * download carries it, so the three never disagree.
 */
export interface ChartTable {
  id: string;
  title: string;
  /** Heading of the row labels, then of each value column. */
  columns: string[];
  rows: { label: string; values: (number | null)[] }[];
}

/** Cells a spreadsheet would run as a formula are quoted with a leading apostrophe (CSV injection). */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(table: ChartTable): string {
  const lines = [table.columns, ...table.rows.map((r) => [r.label, ...r.values])];
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A download link's address: the CSV is made in the browser from figures already on screen. */
export function csvHref(table: ChartTable): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csvText(table))}`;
}

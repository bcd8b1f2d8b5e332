import type { ComponentChildren } from 'preact';
import { t } from '../model/console-i18n.js';
import type { Report } from '../model/manager-model.js';
import { ReportState } from './report-state.js';

export interface ReportColumn<Row> {
  /** Locale key of the column heading. */
  heading: string;
  cell(row: Row): ComponentChildren;
}

/** A manager report: heading, loading/empty state, and a captioned table with column headers. */
export function ReportTable<Row>({
  id,
  keys,
  report,
  columns,
  rowKey,
}: {
  id: string;
  keys: { heading: string; caption: string };
  report: Report<Row[]>;
  columns: ReportColumn<Row>[];
  rowKey(row: Row, index: number): string | number;
}) {
  const rows = report.data.value ?? [];
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(keys.heading)}</h3>
      <ReportState report={report} empty={rows.length === 0} />
      {rows.length ? (
        <table class="data-table">
          <caption>{t(keys.caption)}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.heading} scope="col">
                  {t(column.heading)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={rowKey(row, index)}>
                {columns.map((column) => (
                  <td key={column.heading}>{column.cell(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export const timeCell = (iso: string, now: number, format: (iso: string, now: number) => string) => <time dateTime={iso}>{format(iso, now)}</time>;

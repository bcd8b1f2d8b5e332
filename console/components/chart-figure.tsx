import type { ComponentChildren } from 'preact';
import { csvHref, type ChartTable } from '../model/chart-table.js';
import { t } from '../model/console-i18n.js';

const cell = (value: number | null) => (value === null ? t('scorecard.none') : value);

/**
 * A chart with its figures: the picture for sighted readers, the same figures as a table for
 * everyone (screen readers, keyboard, 200% zoom) and as a CSV file for a council's own reporting.
 */
export function ChartFigure({ table, children }: { table: ChartTable; children: ComponentChildren }) {
  const captionId = `chart-${table.id}-caption`;
  return (
    <figure class="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{table.title}</figcaption>
      {table.rows.length ? children : <p class="empty">{t('manager.noRows')}</p>}
      <details>
        <summary>{t('scorecard.showTable', { title: table.title })}</summary>
        <div class="table-scroll">
          <table class="data-table">
            <caption>{table.title}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((value, i) => (
                    <td key={table.columns[i + 1]}>{cell(value)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <a class="button" href={csvHref(table)} download={`scorecard-${table.id}.csv`}>
        {t('scorecard.downloadCsv', { title: table.title })}
      </a>
    </figure>
  );
}

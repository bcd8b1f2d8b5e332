import type { ChartTable } from '../model/chart-table.js';

const ROW = 28;
const LABEL = 180;
const WIDTH = 560;

/**
 * Horizontal bars of one column of a chart table, hand-drawn in SVG: a few dozen lines instead of
 * a charting library, no canvas, so text stays text and the console keeps its strict CSP (no
 * inline styles: colours are SVG attributes and classes). The figures are in the table beside it,
 * so the picture is hidden from assistive technology rather than described twice.
 */
export function BarChart({ table, column = 0, unit = '' }: { table: ChartTable; column?: number; unit?: string }) {
  const values = table.rows.map((r) => r.values[column] ?? 0);
  const max = Math.max(1, ...values);
  const height = table.rows.length * ROW + 8;
  return (
    <svg class="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false">
      {table.rows.map((row, i) => {
        const value = row.values[column];
        const length = ((value ?? 0) / max) * (WIDTH - LABEL - 70);
        const y = i * ROW + 4;
        return (
          <g key={row.label}>
            <text x={LABEL - 8} y={y + 17} text-anchor="end" class="chart-label">
              {row.label.length > 24 ? `${row.label.slice(0, 23)}…` : row.label}
            </text>
            <rect x={LABEL} y={y + 3} width={Math.max(length, value ? 2 : 0)} height={ROW - 8} class="chart-bar" />
            <text x={LABEL + length + 6} y={y + 17} class="chart-value">
              {value === null || value === undefined ? '–' : `${value}${unit}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

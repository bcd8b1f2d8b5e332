import type { ChartTable } from '../model/chart-table.js';

const CELL_W = 96;
const CELL_H = 28;
const LABEL = 220;
const HEAD = 34;
/** Five shades of one hue, lightest for the fewest: the numbers are printed too, so colour is never the only cue. */
const SHADES = 5;

/** Demand as a grid: rows (needs) by columns (hubs), each cell shaded by its count and labelled with it. */
export function HeatMap({ table }: { table: ChartTable }) {
  const hubs = table.columns.slice(1);
  const max = Math.max(1, ...table.rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  const width = LABEL + hubs.length * CELL_W;
  const height = HEAD + table.rows.length * CELL_H;
  return (
    <svg class="heat-map" viewBox={`0 0 ${width} ${height}`} width="100%" aria-hidden="true" focusable="false">
      {hubs.map((hub, c) => (
        <text key={hub} x={LABEL + c * CELL_W + CELL_W / 2} y={HEAD - 12} text-anchor="middle" class="chart-label">
          {hub.length > 12 ? `${hub.slice(0, 11)}…` : hub}
        </text>
      ))}
      {table.rows.map((row, r) => (
        <g key={row.label}>
          <text x={LABEL - 8} y={HEAD + r * CELL_H + 18} text-anchor="end" class="chart-label">
            {row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label}
          </text>
          {row.values.map((value, c) => {
            const shade = value ? Math.min(SHADES, Math.ceil((value / max) * SHADES)) : 0;
            return (
              <g key={hubs[c]}>
                <rect x={LABEL + c * CELL_W + 1} y={HEAD + r * CELL_H + 1} width={CELL_W - 2} height={CELL_H - 2} class={`heat-${shade}`} />
                <text x={LABEL + c * CELL_W + CELL_W / 2} y={HEAD + r * CELL_H + 18} text-anchor="middle" class={shade >= 4 ? 'chart-value on-dark' : 'chart-value'}>
                  {value ?? 0}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

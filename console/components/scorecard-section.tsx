import type { JSX } from 'preact';
import type { ChartTable } from '../model/chart-table.js';
import { t } from '../model/console-i18n.js';
import { SCORECARD_HUBS, type Scorecard, type ScorecardHub, type ScorecardModel } from '../model/scorecard-model.js';
import { demandChart, hubChart, interpreterChart, seriesChart, whoChart } from '../model/scorecard-charts.js';
import { BarChart } from './bar-chart.js';
import { ChartFigure } from './chart-figure.js';
import { HeadlineTiles } from './headline-tiles.js';
import { HeatMap } from './heat-map.js';
import { ReportState } from './report-state.js';

/** Each chart: how its table is made from the scorecard, and how it is drawn. */
const CHARTS: [(card: Scorecard) => ChartTable, (props: { table: ChartTable }) => JSX.Element][] = [
  [seriesChart, BarChart],
  [hubChart, BarChart],
  [demandChart, HeatMap],
  [whoChart, BarChart],
  [interpreterChart, BarChart],
];

/** The Early Help scorecard: headline tiles, charts over time and by hub, and demand. */
export function ScorecardSection({ scorecard }: { scorecard: ScorecardModel }) {
  const card = scorecard.report.data.value;

  function apply(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    scorecard.hub.value = String(form.get('hub') ?? 'all') as ScorecardHub;
    scorecard.interval.value = form.get('interval') === 'month' ? 'month' : 'week';
    scorecard.load();
  }

  return (
    <section aria-labelledby="scorecard-heading" class="scorecard">
      <h3 id="scorecard-heading">{t('scorecard.heading')}</h3>
      <form class="scorecard-options" onSubmit={apply}>
        <label for="scorecard-hub">{t('scorecard.hub')}</label>
        <select id="scorecard-hub" name="hub" defaultValue={scorecard.hub.value}>
          {SCORECARD_HUBS.map((hub) => (
            <option key={hub} value={hub}>
              {t(`scorecard.hubOption.${hub}`)}
            </option>
          ))}
        </select>
        <label for="scorecard-interval">{t('scorecard.interval')}</label>
        <select id="scorecard-interval" name="interval" defaultValue={scorecard.interval.value}>
          <option value="week">{t('scorecard.weekly')}</option>
          <option value="month">{t('scorecard.monthly')}</option>
        </select>
        <button type="submit" class="button">
          {t('scorecard.apply')}
        </button>
      </form>
      <ReportState report={scorecard.report} empty={false} />
      {card ? (
        <>
          <HeadlineTiles headlines={card.headlines} />
          {card.notRecorded.length ? <p class="notice">{t('scorecard.notRecorded', { fields: card.notRecorded.map((f) => t(`scorecard.field.${f}`)).join(', ') })}</p> : null}
          {CHARTS.map(([chart, Picture]) => {
            const table = chart(card);
            return (
              <ChartFigure key={table.id} table={table}>
                <Picture table={table} />
              </ChartFigure>
            );
          })}
        </>
      ) : null}
    </section>
  );
}

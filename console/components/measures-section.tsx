import { Fragment } from 'preact';
import { t } from '../model/console-i18n.js';
import type { DurationStats, ProcessMeasuresView, Report } from '../model/manager-model.js';
import { ReportState } from './report-state.js';

const DURATIONS = ['contactToEnquiry', 'contactToTriage', 'contactToAllocation'] as const;

function stats(s: DurationStats): string {
  if (!s.count) return t('manager.measures.none');
  return t('manager.measures.stats', { count: s.count, median: s.medianHours, mean: s.meanHours });
}

/** The scorecard's process measures for the chosen dates. */
export function MeasuresSection({ report }: { report: Report<ProcessMeasuresView> }) {
  const m = report.data.value;
  const within = m?.completedWithinOneWorkingDay;
  return (
    <section aria-labelledby="measures-heading">
      <h3 id="measures-heading">{t('manager.measures.heading')}</h3>
      <ReportState report={report} empty={false} />
      {m && within ? (
        <dl class="summary-list">
          <dt>{t('manager.measures.contacts')}</dt>
          <dd>{m.contacts}</dd>
          {DURATIONS.map((key) => (
            <Fragment key={key}>
              <dt>{t(`manager.measures.${key}`)}</dt>
              <dd>{stats(m[key])}</dd>
            </Fragment>
          ))}
          <dt>{t('manager.measures.within')}</dt>
          <dd>{within.percent === null ? t('manager.measures.percentNone', within) : t('manager.measures.percent', within)}</dd>
        </dl>
      ) : null}
    </section>
  );
}

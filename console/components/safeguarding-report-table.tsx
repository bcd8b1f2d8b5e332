import { useComputed } from '@preact/signals';
import { alertLabel } from '../model/alert-label.js';
import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import type { Report, SafeguardingReport, SafeguardingReportRow } from '../model/manager-model.js';
import { MatchedWords } from './matched-words.js';
import { ReportTable, timeCell } from './report-table.js';

function followed(row: SafeguardingReportRow, now: number): string {
  return [
    row.outOfHours ? t('manager.safeguarding.outOfHours') : null,
    row.handoffRequestedAt ? t('manager.safeguarding.handoffAsked', { time: formatWhen(row.handoffRequestedAt, now) }) : null,
    row.pickedUpBy ? t('manager.safeguarding.pickedUp', { name: row.pickedUpBy, minutes: row.minutesToPickUp ?? '?' }) : t('manager.safeguarding.notPickedUp'),
    row.callbackRequested ? t('manager.safeguarding.callback') : null,
    row.enquiryReference ? t('manager.safeguarding.enquiry', { reference: row.enquiryReference }) : null,
  ]
    .filter(Boolean)
    .join('; ');
}

function acknowledged(row: SafeguardingReportRow): string {
  if (!row.acknowledgedAt || !row.action) return t('manager.safeguarding.notAcknowledged');
  const what = t(`urgent.action.${row.action}`, { defaultValue: row.action });
  return [
    t('manager.safeguarding.acknowledgedBy', { name: row.acknowledgedBy ?? '?', action: what }),
    row.reason ? t('manager.safeguarding.because', { reason: row.reason }) : null,
    row.secondsToAcknowledge !== null ? t('manager.safeguarding.after', { duration: duration(row.secondsToAcknowledge) }) : null,
  ]
    .filter(Boolean)
    .join(' ');
}

function duration(seconds: number): string {
  return seconds < 120 ? t('manager.safeguarding.seconds', { count: seconds }) : t('manager.safeguarding.minutes', { count: Math.round(seconds / 60) });
}

/**
 * Every safeguarding trigger in the range, once each, with who acknowledged its alert and how long
 * after; the median time to acknowledgement is the product measure (goal: under a minute).
 */
export function SafeguardingReportTable({ report, now }: { report: Report<SafeguardingReport>; now: number }) {
  const rows = useComputed(() => report.data.value?.triggers ?? null);
  const summary = report.data.value;
  return (
    <>
      <ReportTable
        id="safeguarding-report"
        keys={{ heading: 'manager.safeguarding.heading', caption: 'manager.safeguarding.caption' }}
        report={{ data: rows, state: report.state, error: report.error }}
        rowKey={(row, index) => `${row.at}-${index}`}
        columns={[
          { heading: 'manager.safeguarding.at', cell: (row) => timeCell(row.at, now, formatWhen) },
          { heading: 'manager.safeguarding.severity', cell: (row) => alertLabel(row.severity, row.categories[0]) },
          { heading: 'manager.safeguarding.language', cell: (row) => `${row.phraseLanguage} / ${row.conversationLanguage}` },
          {
            heading: 'manager.safeguarding.words',
            cell: (row) => (row.words ? <MatchedWords words={row.words} language={row.conversationLanguage} /> : t('manager.safeguarding.byChoice')),
          },
          { heading: 'manager.safeguarding.followed', cell: (row) => followed(row, now) },
          { heading: 'manager.safeguarding.acknowledged', cell: acknowledged },
        ]}
      />
      {summary ? (
        <p class="report-measure">
          {t('manager.safeguarding.measure', {
            raised: summary.alertsRaised,
            acknowledged: summary.alertsAcknowledged,
            median: summary.medianSecondsToAcknowledge === null ? t('manager.safeguarding.noMedian') : duration(summary.medianSecondsToAcknowledge),
          })}
        </p>
      ) : null}
    </>
  );
}

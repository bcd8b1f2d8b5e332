import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import type { Report, SafeguardingReportRow } from '../model/manager-model.js';
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

/** Every safeguarding trigger in the range, so no family who signalled danger goes unanswered. */
export function SafeguardingReportTable({ report, now }: { report: Report<SafeguardingReportRow[]>; now: number }) {
  return (
    <ReportTable
      id="safeguarding-report"
      keys={{ heading: 'manager.safeguarding.heading', caption: 'manager.safeguarding.caption' }}
      report={report}
      rowKey={(row, index) => `${row.at}-${index}`}
      columns={[
        { heading: 'manager.safeguarding.at', cell: (row) => timeCell(row.at, now, formatWhen) },
        { heading: 'manager.safeguarding.severity', cell: (row) => t(`severity.${row.severity}`, { defaultValue: row.severity }) },
        { heading: 'manager.safeguarding.language', cell: (row) => `${row.phraseLanguage} / ${row.conversationLanguage}` },
        { heading: 'manager.safeguarding.phrase', cell: (row) => <bdi dir="auto">{row.phrase}</bdi> },
        { heading: 'manager.safeguarding.followed', cell: (row) => followed(row, now) },
      ]}
    />
  );
}

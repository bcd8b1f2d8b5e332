import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import type { Report, SafeguardingReportRow } from '../model/manager-model.js';
import { ReportState } from './report-state.js';

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
  const rows = report.data.value ?? [];
  return (
    <section aria-labelledby="safeguarding-report-heading">
      <h3 id="safeguarding-report-heading">{t('manager.safeguarding.heading')}</h3>
      <ReportState report={report} empty={rows.length === 0} />
      {rows.length ? (
        <table class="data-table">
          <caption>{t('manager.safeguarding.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manager.safeguarding.at')}</th>
              <th scope="col">{t('manager.safeguarding.severity')}</th>
              <th scope="col">{t('manager.safeguarding.language')}</th>
              <th scope="col">{t('manager.safeguarding.phrase')}</th>
              <th scope="col">{t('manager.safeguarding.followed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${row.at}-${i}`}>
                <td>
                  <time dateTime={row.at}>{formatWhen(row.at, now)}</time>
                </td>
                <td>{t(`severity.${row.severity}`, { defaultValue: row.severity })}</td>
                <td>
                  {row.phraseLanguage} / {row.conversationLanguage}
                </td>
                <td>
                  <bdi dir="auto">{row.phrase}</bdi>
                </td>
                <td>{followed(row, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

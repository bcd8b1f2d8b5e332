import type { WebhookDeliveryView } from '../../server/protocol/enquiry-bodies.js';
import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import type { Report } from '../model/manager-model.js';
import { ReportState } from './report-state.js';

/** What was sent to the case system, and whether it arrived. */
export function DeliveriesTable({ report, now }: { report: Report<WebhookDeliveryView[]>; now: number }) {
  const rows = report.data.value ?? [];
  return (
    <section aria-labelledby="deliveries-heading">
      <h3 id="deliveries-heading">{t('manager.deliveries.heading')}</h3>
      <ReportState report={report} empty={rows.length === 0} />
      {rows.length ? (
        <table class="data-table">
          <caption>{t('manager.deliveries.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manager.deliveries.created')}</th>
              <th scope="col">{t('manager.deliveries.event')}</th>
              <th scope="col">{t('manager.deliveries.status')}</th>
              <th scope="col">{t('manager.deliveries.attempts')}</th>
              <th scope="col">{t('manager.deliveries.lastResult')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <time dateTime={row.createdAt}>{formatWhen(row.createdAt, now)}</time>
                </td>
                <td>{row.eventType}</td>
                <td>{t(`manager.deliveries.statuses.${row.status}`)}</td>
                <td>{row.attempts}</td>
                <td>{[row.lastStatusCode ? t('manager.deliveries.code', { code: row.lastStatusCode }) : null, row.lastError].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

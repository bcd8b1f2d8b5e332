import type { WebhookDeliveryView } from '../../server/protocol/enquiry-bodies.js';
import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import type { Report } from '../model/manager-model.js';
import { ReportTable, timeCell } from './report-table.js';

/** What was sent to the case system, and whether it arrived. */
export function DeliveriesTable({ report, now }: { report: Report<WebhookDeliveryView[]>; now: number }) {
  return (
    <ReportTable
      id="deliveries"
      keys={{ heading: 'manager.deliveries.heading', caption: 'manager.deliveries.caption' }}
      report={report}
      rowKey={(row) => row.id}
      columns={[
        { heading: 'manager.deliveries.created', cell: (row) => timeCell(row.createdAt, now, formatWhen) },
        { heading: 'manager.deliveries.event', cell: (row) => row.eventType },
        { heading: 'manager.deliveries.by', cell: (row) => (row.byName ? `${row.byName} (${t(`roles.${row.byRole}`, { defaultValue: row.byRole })})` : '') },
        { heading: 'manager.deliveries.status', cell: (row) => t(`manager.deliveries.statuses.${row.status}`) },
        { heading: 'manager.deliveries.attempts', cell: (row) => row.attempts },
        {
          heading: 'manager.deliveries.lastResult',
          cell: (row) => [row.lastStatusCode ? t('manager.deliveries.code', { code: row.lastStatusCode }) : null, row.lastError].filter(Boolean).join(' · '),
        },
      ]}
    />
  );
}

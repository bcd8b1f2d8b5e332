import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import type { AuditEntry, Report } from '../model/manager-model.js';
import { ReportTable, timeCell } from './report-table.js';

/** Who did what to which record, newest first. */
export function AuditTable({ report, now }: { report: Report<AuditEntry[]>; now: number }) {
  return (
    <ReportTable
      id="audit"
      keys={{ heading: 'manager.audit.heading', caption: 'manager.audit.caption' }}
      report={report}
      rowKey={(row) => row.id}
      columns={[
        { heading: 'manager.audit.at', cell: (row) => timeCell(row.at, now, formatWhen) },
        { heading: 'manager.audit.actor', cell: (row) => `${row.actorName ?? row.actorId} (${t(`roles.${row.actorRole}`, { defaultValue: row.actorRole })})` },
        { heading: 'manager.audit.action', cell: (row) => row.action },
        { heading: 'manager.audit.subject', cell: (row) => `${row.subjectType} ${row.subjectId}` },
      ]}
    />
  );
}

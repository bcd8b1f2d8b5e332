import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import type { AuditEntry, Report } from '../model/manager-model.js';
import { ReportState } from './report-state.js';

/** Who did what to which record, newest first. */
export function AuditTable({ report, now }: { report: Report<AuditEntry[]>; now: number }) {
  const rows = report.data.value ?? [];
  return (
    <section aria-labelledby="audit-heading">
      <h3 id="audit-heading">{t('manager.audit.heading')}</h3>
      <ReportState report={report} empty={rows.length === 0} />
      {rows.length ? (
        <table class="data-table">
          <caption>{t('manager.audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manager.audit.at')}</th>
              <th scope="col">{t('manager.audit.actor')}</th>
              <th scope="col">{t('manager.audit.action')}</th>
              <th scope="col">{t('manager.audit.subject')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <time dateTime={row.at}>{formatWhen(row.at, now)}</time>
                </td>
                <td>
                  {row.actorId} ({t(`roles.${row.actorRole}`, { defaultValue: row.actorRole })})
                </td>
                <td>{row.action}</td>
                <td>
                  {row.subjectType} {row.subjectId}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

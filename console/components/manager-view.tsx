import { t } from '../model/console-i18n.js';
import type { ManagerModel } from '../model/manager-model.js';
import { AuditTable } from './audit-table.js';
import { DeliveriesTable } from './deliveries-table.js';
import { ExportLinks } from './export-links.js';
import { SafeguardingReportTable } from './safeguarding-report-table.js';
import { ScorecardSection } from './scorecard-section.js';

/** #/manager: the scorecard measures, safeguarding report, audit and delivery logs, and exports. */
export function ManagerView({ manager, now }: { manager: ManagerModel; now: number }) {
  const range = manager.range.value;

  function apply(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const from = String(form.get('from') ?? '');
    const to = String(form.get('to') ?? '');
    if (!from || !to) return;
    manager.setRange({ from, to });
    manager.loadAll();
  }

  return (
    <section class="panel manager-panel" aria-labelledby="manager-heading">
      <h2 id="manager-heading">{t('manager.heading')}</h2>
      <form class="date-range" onSubmit={apply}>
        <fieldset>
          <legend>{t('manager.range')}</legend>
          <label for="range-from">{t('manager.from')}</label>
          <input id="range-from" name="from" type="date" required defaultValue={range.from} />
          <label for="range-to">{t('manager.to')}</label>
          <input id="range-to" name="to" type="date" required defaultValue={range.to} />
          <button type="submit" class="button primary">
            {t('manager.show')}
          </button>
        </fieldset>
      </form>
      <ScorecardSection scorecard={manager.scorecard} />
      <SafeguardingReportTable report={manager.safeguarding} now={now} />
      <ExportLinks manager={manager} />
      <AuditTable report={manager.audit} now={now} />
      <DeliveriesTable report={manager.deliveries} now={now} />
    </section>
  );
}

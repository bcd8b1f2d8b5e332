import { t } from '../model/console-i18n.js';
import type { Report } from '../model/manager-model.js';

/** Loading and failure lines for one manager report, each in its own live region. */
export function ReportState<T>({ report, empty }: { report: Report<T>; empty: boolean }) {
  const state = report.state.value;
  return (
    <>
      <div role="status">
        {state === 'loading' ? <p>{t('manager.loading')}</p> : null}
        {state === 'ready' && empty ? <p class="empty">{t('manager.noRows')}</p> : null}
      </div>
      <div role="alert">
        {state === 'failed' ? <p class="notice notice-error">{t('manager.failed', { reason: report.error.value ?? t('enquiries.unknownReason') })}</p> : null}
      </div>
    </>
  );
}

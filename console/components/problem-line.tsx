import { t } from '../model/console-i18n.js';
import type { WorkProblem } from '../model/consent-work-model.js';

/** A refused request in the server's own words, as an alert so it is announced at once. */
export function ProblemLine({ problem, template }: { problem: WorkProblem | null; template: string }) {
  return (
    <div role="alert">
      {problem ? <p class="notice notice-error">{t(template, { reason: problem.message ?? t('enquiries.unknownReason') })}</p> : null}
    </div>
  );
}

import { t } from '../model/console-i18n.js';
import type { ActionFeedback } from '../model/handoff-state.js';
import { hubLabel } from '../model/hub-label.js';

/**
 * The result of claim, release, transfer, end or consent. Success is a polite status; failure is
 * an alert, because staff may otherwise believe a family is being looked after when it is not.
 */
export function ActionFeedbackLine({ feedback }: { feedback: ActionFeedback | null }) {
  const failed = feedback?.outcome === 'failed' ? feedback : null;
  const done = feedback?.outcome === 'done' ? feedback : null;
  return (
    <div class="action-feedback">
      <div role="status">
        {done ? <p class="notice notice-success">{t(`feedback.done.${done.action}`, { hub: hubLabel(done.locality) })}</p> : null}
      </div>
      <div role="alert">
        {failed ? (
          <p class="notice notice-error">
            {failed.action === 'claim' && failed.reason === 'conflict'
              ? t('feedback.claimConflict')
              : t('feedback.failed', { action: t(`feedback.action.${failed.action}`), reason: t(`errors.${failed.reason ?? 'internal'}`) })}
          </p>
        ) : null}
      </div>
    </div>
  );
}

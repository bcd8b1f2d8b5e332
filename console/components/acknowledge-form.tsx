import { useState } from 'preact/hooks';
import type { UrgentAlert } from '../../server/protocol/index.js';
import { ACTIONS_NEEDING_REASON, ALERT_ACTIONS, type AlertAction } from '../../server/protocol/vocabulary.js';
import { t } from '../model/console-i18n.js';
import type { UrgentLaneModel } from '../model/urgent-lane-model.js';

/**
 * Acknowledging an alert: what the member of staff did, and why for a false alarm. Plain radio
 * buttons and a textarea, so it works with a keyboard and any screen reader without scripting.
 */
export function AcknowledgeForm({ alert, urgent, idPrefix = 'ack' }: { alert: UrgentAlert; urgent: UrgentLaneModel; idPrefix?: string }) {
  const [action, setAction] = useState<AlertAction | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The same alert's form can be in the lane and in the open conversation at once: ids must differ.
  const id = `${idPrefix}-${alert.id}`;
  const needsReason = action !== null && ACTIONS_NEEDING_REASON.includes(action);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!action) return setProblem(t('urgent.ack.chooseAction'));
    if (needsReason && reason.trim().length < 3) return setProblem(t('urgent.ack.reasonNeeded'));
    setBusy(true);
    const result = await urgent.acknowledge(alert.id, { action, ...(reason.trim() ? { reason: reason.trim() } : {}) });
    setBusy(false);
    if (!result.ok) setProblem(result.error ?? t('urgent.ack.failed'));
  }

  return (
    <form class="acknowledge-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-legend`}>
      <fieldset>
        <legend id={`${id}-legend`}>{t('urgent.ack.legend')}</legend>
        {ALERT_ACTIONS.map((value) => (
          <label key={value} class="choice">
            <input type="radio" name={`${id}-action`} value={value} checked={action === value} onChange={() => setAction(value)} />{' '}
            {t(`urgent.action.${value}`)}
          </label>
        ))}
      </fieldset>
      <label for={`${id}-reason`}>{needsReason ? t('urgent.ack.reasonRequired') : t('urgent.ack.reasonOptional')}</label>
      <textarea id={`${id}-reason`} rows={2} maxLength={1000} value={reason} aria-required={needsReason} onInput={(e) => setReason(e.currentTarget.value)} />
      <div role="alert">{problem ? <p class="notice notice-error">{problem}</p> : null}</div>
      <button type="submit" class="button primary" disabled={busy}>
        {t('urgent.ack.submit')}
      </button>
    </form>
  );
}

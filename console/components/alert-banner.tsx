import type { AlertModel, ConsoleAlert } from '../model/alert-model.js';
import { t } from '../model/console-i18n.js';
import { hubLabel } from '../model/hub-label.js';
import type { WorkspaceModel } from '../model/workspace-model.js';

/**
 * Safeguarding and urgent-family alerts. The role="alert" container is always in the page, so
 * screen readers announce each line as it is added.
 */
export function AlertBanner({ alerts, workspace }: { alerts: AlertModel; workspace: WorkspaceModel | null }) {
  const list = alerts.alerts.value;
  return (
    <div class="alerts" role="alert">
      {list.map((alert) => (
        <AlertLine
          key={alert.conversationId}
          alert={alert}
          onOpen={workspace ? () => workspace.openConversation(alert.conversationId) : undefined}
          onDismiss={() => alerts.dismiss(alert.conversationId)}
        />
      ))}
    </div>
  );
}

function AlertLine({ alert, onOpen, onDismiss }: { alert: ConsoleAlert; onOpen: (() => void) | undefined; onDismiss(): void }) {
  const severity = alert.severity ? t(`severity.${alert.severity}`, { defaultValue: alert.severity }) : null;
  const title =
    alert.kind === 'safeguarding'
      ? t('alerts.safeguarding', { severity: severity ?? t('severity.unknown') })
      : t('alerts.urgent', { hub: hubLabel(alert.locality) });
  const textId = `alert-text-${alert.conversationId}`;
  return (
    <div class={`alert alert-${alert.kind}`}>
      <p class="alert-text" id={textId}>
        <strong>{title}</strong>
        {alert.kind === 'urgent' && severity ? <span> {t('alerts.reason', { reason: severity })}</span> : null}
        {alert.phrase ? (
          <span class="alert-phrase">
            {' '}
            {t('alerts.phrase')} <bdi dir="auto" class="phrase">{alert.phrase}</bdi>
          </span>
        ) : null}
      </p>
      <div class="alert-actions">
        {onOpen ? (
          <button type="button" class="button" onClick={onOpen} aria-describedby={textId}>
            {t('alerts.open')}
          </button>
        ) : null}
        <button type="button" class="button quiet" onClick={onDismiss} aria-describedby={textId}>
          {t('alerts.dismiss')}
        </button>
      </div>
    </div>
  );
}

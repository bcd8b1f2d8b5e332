import type { UrgentAlert } from '../../server/protocol/index.js';
import { alertLabel } from '../model/alert-label.js';
import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import { hubLabel } from '../model/hub-label.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { AcknowledgeForm } from './acknowledge-form.js';
import { LanguageName } from './language-name.js';
import { MatchedWords } from './matched-words.js';

/**
 * Flagged families nobody has acknowledged yet, above every hub's section (the shared queue too)
 * and whatever the hub filter says: a family in danger must never be filtered out of view. The
 * server sends only the alerts this person may see.
 */
export function UrgentLane({ workspace }: { workspace: WorkspaceModel }) {
  const alerts = workspace.urgent.alerts.value;
  const now = workspace.clock.now.value;
  return (
    <section class="urgent-lane" aria-labelledby="urgent-lane-heading">
      <h3 id="urgent-lane-heading">
        {t('urgent.heading')} <span class="count">{t('urgent.count', { count: alerts.length })}</span>
      </h3>
      {alerts.length === 0 ? (
        <p class="empty">{t('urgent.empty')}</p>
      ) : (
        <ul class="urgent-list">
          {alerts.map((alert) => (
            <UrgentAlertItem key={alert.id} alert={alert} now={now} workspace={workspace} />
          ))}
        </ul>
      )}
    </section>
  );
}

function UrgentAlertItem({ alert, now, workspace }: { alert: UrgentAlert; now: number; workspace: WorkspaceModel }) {
  const headingId = `urgent-${alert.id}`;
  return (
    <li class="urgent-alert" aria-labelledby={headingId}>
      <h4 id={headingId}>{alertLabel(alert.severity, alert.category)}</h4>
      <p class="meta">
        {hubLabel(alert.locality)} · {t('urgent.raised', { time: formatWhen(alert.raisedAt, now) })}
        {alert.triggerCount > 1 ? ` · ${t('urgent.again', { count: alert.triggerCount })}` : ''}
        {alert.outOfHours ? ` · ${t('urgent.outOfHours')}` : ''} · <LanguageName tag={alert.language} />
        {' · '}
        {alert.handoffRequested ? t('urgent.askedToTalk') : t('urgent.notAsked')}
      </p>
      {alert.words ? <MatchedWords words={alert.words} language={alert.language} /> : <p>{t('urgent.byChoice')}</p>}
      <button type="button" class="button" onClick={() => workspace.openConversation(alert.conversationId)} aria-describedby={headingId}>
        {t('alerts.open')}
      </button>
      <AcknowledgeForm alert={alert} urgent={workspace.urgent} />
    </li>
  );
}

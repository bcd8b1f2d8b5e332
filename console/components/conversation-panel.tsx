import { useEffect, useRef } from 'preact/hooks';
import { alertLabel } from '../model/alert-label.js';
import { t } from '../model/console-i18n.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { AcknowledgeForm } from './acknowledge-form.js';
import { ActionFeedbackLine } from './action-feedback-line.js';
import { ChatComposer } from './chat-composer.js';
import { ConsentSection } from './consent-section.js';
import { HandoffActions } from './handoff-actions.js';
import { HandoffStatusLine } from './handoff-status-line.js';
import { IntakeSummary } from './intake-summary.js';
import { LiveAnnouncer } from './live-announcer.js';
import { Transcript } from './transcript.js';

/**
 * The pickup view: intake summary first (what the family already said, so they are not asked
 * again), then the transcript, then the live chat.
 */
export function ConversationPanel({ workspace }: { workspace: WorkspaceModel }) {
  const { conversation } = workspace;
  const id = conversation.conversationId.value;
  const detail = conversation.detail.value;
  const alert = id ? workspace.urgent.openFor.value(id) : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opening from the queue moves focus here, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (id) headingRef.current?.focus();
  }, [id]);

  if (!id) {
    return (
      <section class="panel conversation-panel is-empty" aria-labelledby="conversation-heading">
        <h2 id="conversation-heading">{t('conversation.heading')}</h2>
        <p class="empty">{t('conversation.none')}</p>
      </section>
    );
  }

  return (
    <section class="panel conversation-panel" aria-labelledby="conversation-heading">
      <div class="panel-head">
        <h2 id="conversation-heading" ref={headingRef} tabIndex={-1}>
          {t('conversation.heading')}
        </h2>
        <button type="button" class="button quiet" onClick={workspace.closeConversation}>
          {t('conversation.close')}
        </button>
      </div>
      <HandoffStatusLine workspace={workspace} />
      <HandoffActions workspace={workspace} />
      <ActionFeedbackLine feedback={conversation.feedback.value} />
      {alert ? (
        // Acknowledge here too, once the family's words have been read in full.
        <section class="urgent-alert" aria-labelledby="conversation-alert-heading">
          <h3 id="conversation-alert-heading">{t('urgent.openAlert', { label: alertLabel(alert.severity, alert.category) })}</h3>
          <AcknowledgeForm alert={alert} urgent={workspace.urgent} idPrefix="conversation-ack" />
        </section>
      ) : null}
      {detail ? (
        <>
          <IntakeSummary detail={detail} me={workspace.me} now={workspace.clock.now.value} />
          <ConsentSection workspace={workspace} />
          <Transcript conversation={conversation} now={workspace.clock.now.value} />
          <ChatComposer key={id} conversation={conversation} />
          <LiveAnnouncer arrival={conversation.arrival.value} />
        </>
      ) : (
        <p role="status" class="loading">
          {t('conversation.loading')}
        </p>
      )}
    </section>
  );
}

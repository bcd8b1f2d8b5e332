import { t } from '../model/console-i18n.js';
import { routeHash } from '../model/route-model.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { IntakeSummary } from './intake-summary.js';
import { MessageItem } from './transcript.js';

/** One conversation to read: the summary, then every message. Nothing here writes or reaches the family. */
export function ConversationHistory({ workspace }: { workspace: WorkspaceModel }) {
  const detail = workspace.conversations.detail.value;
  const state = workspace.conversations.detailState.value;
  const now = workspace.clock.now.value;

  return (
    <section class="conversation-history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('conversations.historyHeading')}</h2>
      <p>
        <a href={routeHash({ view: 'conversations' })}>{t('conversations.backToList')}</a>
      </p>
      {state === 'loading' ? <p role="status">{t('conversations.loading')}</p> : null}
      {state === 'failed' ? <p role="alert">{t('conversations.historyFailed')}</p> : null}
      {detail ? (
        <>
          <p class="read-only-note">{t('conversations.readOnly')}</p>
          <IntakeSummary detail={detail} me={workspace.me} now={now} />
          <ol class="transcript-messages" aria-label={t('conversations.messages')}>
            {detail.messages.map((message) => (
              <MessageItem key={message.id} message={message} now={now} familyLanguage={detail.language} highlight={undefined} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

import { t } from '../model/console-i18n.js';
import { routeHash } from '../model/route-model.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { CallbacksPanel } from './callbacks-panel.js';
import { ConversationPanel } from './conversation-panel.js';
import { QueuePanel } from './queue-panel.js';

/** The signed-in console: section navigation, any loose server error, then the chosen view. */
export function WorkspaceView({ workspace }: { workspace: WorkspaceModel }) {
  const route = workspace.router.route.value;
  const openId = workspace.conversation.conversationId.value;
  const waiting = workspace.queue.waitingCount.value;
  const now = workspace.clock.now.value;
  const callbacks = workspace.callbacks.open.value;
  const overdue = callbacks.filter((c) => Date.parse(c.dueAt) < now).length;
  const notice = workspace.notice.value;

  return (
    <>
      <nav class="sections" aria-label={t('nav.label')}>
        <ul>
          <li>
            <a href={routeHash({ view: 'queue', ...(openId ? { conversationId: openId } : {}) })} aria-current={route.view === 'queue' ? 'page' : undefined}>
              {t('nav.queue')} <span class="count">{t('nav.waiting', { count: waiting })}</span>
            </a>
          </li>
          <li>
            <a href={routeHash({ view: 'callbacks' })} aria-current={route.view === 'callbacks' ? 'page' : undefined}>
              {t('nav.callbacks')} <span class="count">{t('nav.callbacksOpen', { count: callbacks.length })}</span>{' '}
              {overdue > 0 ? <span class="count count-overdue">{t('nav.overdue', { count: overdue })}</span> : null}
            </a>
          </li>
        </ul>
      </nav>
      <div role="alert" class="notice-slot">
        {notice ? (
          <p class="notice notice-error">
            {t('feedback.serverSaid', { reason: t(`errors.${notice}`) })}{' '}
            <button type="button" class="button quiet" onClick={workspace.dismissNotice}>
              {t('ui.dismiss')}
            </button>
          </p>
        ) : null}
      </div>
      <main id="main" tabIndex={-1} class={route.view === 'callbacks' ? 'view-callbacks' : 'view-queue'}>
        {route.view === 'callbacks' ? (
          <CallbacksPanel workspace={workspace} />
        ) : (
          <div class="queue-layout">
            <QueuePanel workspace={workspace} />
            <ConversationPanel workspace={workspace} />
          </div>
        )}
      </main>
    </>
  );
}

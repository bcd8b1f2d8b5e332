import { t } from '../model/console-i18n.js';
import type { Route } from '../model/route-model.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { CallbacksPanel } from './callbacks-panel.js';
import { ConversationPanel } from './conversation-panel.js';
import { ConversationsView } from './conversations-view.js';
import { EnquiriesView } from './enquiries-view.js';
import { ManagerView } from './manager-view.js';
import { QueuePanel } from './queue-panel.js';
import { SectionNav } from './section-nav.js';

/** The signed-in console: section navigation, any loose server error, then the chosen view. */
export function WorkspaceView({ workspace }: { workspace: WorkspaceModel }) {
  const route = workspace.router.route.value;
  const notice = workspace.notice.value;

  return (
    <>
      <SectionNav workspace={workspace} />
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
      <main id="main" tabIndex={-1} class={`view-${route.view}`}>
        <CurrentView workspace={workspace} route={route} />
      </main>
    </>
  );
}

function CurrentView({ workspace, route }: { workspace: WorkspaceModel; route: Route }) {
  if (route.view === 'callbacks') return <CallbacksPanel workspace={workspace} />;
  if (route.view === 'conversations') return <ConversationsView workspace={workspace} conversationId={route.conversationId} />;
  if (route.view === 'enquiries') return <EnquiriesView workspace={workspace} enquiryId={route.enquiryId} />;
  // Anyone else who types #/manager gets the queue: the reports are only fetched for managers.
  if (route.view === 'manager' && workspace.manager) return <ManagerView manager={workspace.manager} now={workspace.clock.now.value} />;
  return (
    <div class="queue-layout">
      <QueuePanel workspace={workspace} />
      <ConversationPanel workspace={workspace} />
    </div>
  );
}

import { t } from '../model/console-i18n.js';
import { routeHash } from '../model/route-model.js';
import type { WorkspaceModel } from '../model/workspace-model.js';

/** The console's sections; Manager is listed only for managers, as only they may open it. */
export function SectionNav({ workspace }: { workspace: WorkspaceModel }) {
  const route = workspace.router.route.value;
  const openId = workspace.conversation.conversationId.value;
  const waiting = workspace.queue.waitingCount.value;
  const now = workspace.clock.now.value;
  const callbacks = workspace.callbacks.open.value;
  const overdue = callbacks.filter((c) => Date.parse(c.dueAt) < now).length;
  const current = (view: string) => (route.view === view ? 'page' : undefined);

  return (
    <nav class="sections" aria-label={t('nav.label')}>
      <ul>
        <li>
          <a href={routeHash({ view: 'queue', ...(openId ? { conversationId: openId } : {}) })} aria-current={current('queue')}>
            {t('nav.queue')} <span class="count">{t('nav.waiting', { count: waiting })}</span>
          </a>
        </li>
        <li>
          <a href={routeHash({ view: 'callbacks' })} aria-current={current('callbacks')}>
            {t('nav.callbacks')} <span class="count">{t('nav.callbacksOpen', { count: callbacks.length })}</span>{' '}
            {overdue > 0 ? <span class="count count-overdue">{t('nav.overdue', { count: overdue })}</span> : null}
          </a>
        </li>
        <li>
          <a href={routeHash({ view: 'conversations' })} aria-current={current('conversations')}>
            {t('nav.conversations')}
          </a>
        </li>
        <li>
          <a href={routeHash({ view: 'enquiries' })} aria-current={current('enquiries')}>
            {t('nav.enquiries')}
          </a>
        </li>
        {workspace.manager ? (
          <li>
            <a href={routeHash({ view: 'manager' })} aria-current={current('manager')}>
              {t('nav.manager')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

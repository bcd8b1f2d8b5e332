import type { ConversationListItem } from '../../server/protocol/index.js';
import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import { hubLabel } from '../model/hub-label.js';
import { routeHash } from '../model/route-model.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { ConversationHistory } from './conversation-history.js';
import { ConversationSearchForm } from './conversation-search-form.js';
import { LanguageName } from './language-name.js';

/** Every conversation this person may open, searched and filtered; one opens below to read. */
export function ConversationsView({ workspace, conversationId }: { workspace: WorkspaceModel; conversationId: string | undefined }) {
  const list = workspace.conversations;
  const state = list.state.value;
  const results = list.results.value;
  const now = workspace.clock.now.value;

  return (
    <div class="conversations-layout">
      <section class="conversations-list" aria-labelledby="conversations-heading">
        <h2 id="conversations-heading">{t('conversations.heading')}</h2>
        <ConversationSearchForm initial={list.filters.value} busy={state === 'loading'} onSearch={(filters) => void list.search(filters)} />
        <p role="status" class="list-status">
          {state === 'loading' ? t('conversations.loading') : null}
          {state === 'failed' ? t('conversations.failed', { reason: list.problem.value ?? t('conversations.tryAgain') }) : null}
          {state === 'ready' ? t('conversations.found', { count: results.length }) : null}
        </p>
        <ol class="conversation-results">
          {results.map((item) => (
            <ResultItem key={item.conversationId} item={item} now={now} current={item.conversationId === conversationId} />
          ))}
        </ol>
        {list.hasMore.value ? (
          <button type="button" class="button" onClick={() => void list.more()} disabled={state === 'loading'}>
            {t('conversations.more')}
          </button>
        ) : null}
      </section>
      {conversationId ? <ConversationHistory workspace={workspace} /> : null}
    </div>
  );
}

function ResultItem({ item, now, current }: { item: ConversationListItem; now: number; current: boolean }) {
  return (
    <li class={`conversation-result${item.urgent ? ' is-urgent' : ''}`}>
      <a href={routeHash({ view: 'conversations', conversationId: item.conversationId })} aria-current={current ? 'page' : undefined}>
        <span class="result-title">
          {item.urgent ? <strong class="badge badge-urgent">{t('conversations.urgent')}</strong> : null} {t(`conversations.statuses.${item.status}`)} ·{' '}
          {hubLabel(item.locality)} · <LanguageName tag={item.language} />
        </span>
        <span class="result-meta">
          {item.needs.map((need) => t(`common:needs.${need}`, { defaultValue: need })).join(', ')}
          {item.assignee ? ` · ${t('conversations.with', { name: item.assignee.name })}` : ''} ·{' '}
          <time dateTime={item.updatedAt}>{formatWhen(item.updatedAt, now)}</time>
        </span>
        {item.match ? (
          <q class="result-match" dir="auto">
            {item.match}
          </q>
        ) : null}
      </a>
    </li>
  );
}

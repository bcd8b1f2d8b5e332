import { t } from '../model/console-i18n.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { CallbackCard } from './callback-card.js';
import { HubFilter } from './hub-filter.js';

/** Families waiting for a call back, soonest due first, in the hubs being watched. */
export function CallbacksPanel({ workspace }: { workspace: WorkspaceModel }) {
  const { callbacks, filter } = workspace;
  const list = callbacks.open.value;
  const state = callbacks.state.value;
  const now = workspace.clock.now.value;

  return (
    <section class="panel callbacks-panel" aria-labelledby="callbacks-heading">
      <div class="panel-head">
        <h2 id="callbacks-heading">{t('callbacks.heading')}</h2>
        <button type="button" class="button" onClick={() => void callbacks.load()} disabled={state === 'loading'}>
          {t('callbacks.refresh')}
        </button>
      </div>
      <HubFilter filter={filter} idPrefix="callback-hub" />
      <div role="status" class="load-state">
        {state === 'loading' ? <p>{t('callbacks.loading')}</p> : null}
      </div>
      <div role="alert">{state === 'failed' ? <p class="notice notice-error">{t('callbacks.loadFailed')}</p> : null}</div>
      {state !== 'loading' && state !== 'failed' && list.length === 0 ? <p class="empty">{t('callbacks.empty')}</p> : null}
      <ul class="callback-list">
        {list.map((callback) => (
          <CallbackCard
            key={callback.id}
            callback={callback}
            now={now}
            onOpen={() => workspace.openConversation(callback.conversationId)}
            onDone={(outcome) => callbacks.markDone(callback.id, outcome)}
          />
        ))}
      </ul>
    </section>
  );
}

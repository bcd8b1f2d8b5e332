import { useState } from 'preact/hooks';
import { CONVERSATION_STATUSES, SEARCH_MAX_CHARS } from '../../server/protocol/conversation-list.js';
import { LOCALITIES, NEEDS } from '../../server/protocol/vocabulary.js';
import { t } from '../model/console-i18n.js';
import type { ConversationFilters } from '../model/conversation-list-model.js';
import { hubLabel } from '../model/hub-label.js';

/** Search words and filters for the conversations list; nothing is fetched until staff submit. */
export function ConversationSearchForm({ initial, busy, onSearch }: { initial: ConversationFilters; busy: boolean; onSearch(filters: ConversationFilters): void }) {
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof ConversationFilters>(key: K, value: ConversationFilters[K]) => setDraft({ ...draft, [key]: value });

  return (
    <form
      role="search"
      class="conversation-search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft);
      }}
    >
      <p class="field">
        <label for="conversation-q">{t('conversations.words')}</label>
        <input id="conversation-q" type="search" maxLength={SEARCH_MAX_CHARS} value={draft.q} onInput={(e) => set('q', e.currentTarget.value)} aria-describedby="conversation-q-hint" />
        <span id="conversation-q-hint" class="hint">
          {t('conversations.wordsHint')}
        </span>
      </p>
      <p class="field">
        <label for="conversation-status">{t('conversations.status')}</label>
        <select id="conversation-status" value={draft.status} onChange={(e) => set('status', e.currentTarget.value as ConversationFilters['status'])}>
          <option value="">{t('conversations.any')}</option>
          {CONVERSATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`conversations.statuses.${status}`)}
            </option>
          ))}
        </select>
      </p>
      <p class="field">
        <label for="conversation-hub">{t('conversations.hub')}</label>
        <select id="conversation-hub" value={draft.hub} onChange={(e) => set('hub', e.currentTarget.value)}>
          <option value="">{t('conversations.any')}</option>
          {[...LOCALITIES, 'shared'].map((hub) => (
            <option key={hub} value={hub}>
              {hubLabel(hub)}
            </option>
          ))}
        </select>
      </p>
      <p class="field">
        <label for="conversation-need">{t('conversations.need')}</label>
        <select id="conversation-need" value={draft.need} onChange={(e) => set('need', e.currentTarget.value)}>
          <option value="">{t('conversations.any')}</option>
          {NEEDS.map((need) => (
            <option key={need} value={need}>
              {t(`common:needs.${need}`, { defaultValue: need })}
            </option>
          ))}
        </select>
      </p>
      <p class="field checkbox">
        <input id="conversation-urgent" type="checkbox" checked={draft.urgent === 'true'} onChange={(e) => set('urgent', e.currentTarget.checked ? 'true' : '')} />
        <label for="conversation-urgent">{t('conversations.urgentOnly')}</label>
      </p>
      <p class="field checkbox">
        <input id="conversation-mine" type="checkbox" checked={draft.assignee === 'me'} onChange={(e) => set('assignee', e.currentTarget.checked ? 'me' : '')} />
        <label for="conversation-mine">{t('conversations.mineOnly')}</label>
      </p>
      <p class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          {t('conversations.search')}
        </button>
      </p>
    </form>
  );
}

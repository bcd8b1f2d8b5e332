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
      <FilterSelect id="conversation-status" label={t('conversations.status')} value={draft.status} onChange={(v) => set('status', v as ConversationFilters['status'])}
        options={CONVERSATION_STATUSES.map((status) => [status, t(`conversations.statuses.${status}`)])} />
      <FilterSelect id="conversation-hub" label={t('conversations.hub')} value={draft.hub} onChange={(v) => set('hub', v)} options={[...LOCALITIES, 'shared'].map((hub) => [hub, hubLabel(hub)])} />
      <FilterSelect id="conversation-need" label={t('conversations.need')} value={draft.need} onChange={(v) => set('need', v)}
        options={NEEDS.map((need) => [need, t(`common:needs.${need}`, { defaultValue: need })])} />
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

/** One filter as a labelled select whose first choice is "any". */
function FilterSelect({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: [string, string][]; onChange(value: string): void }) {
  return (
    <p class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('conversations.any')}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </p>
  );
}

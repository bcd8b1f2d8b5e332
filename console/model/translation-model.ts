import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { TranslationItem, TranslationLanguageView, TranslationWorkspaceView } from '../../server/protocol/translation-bodies.js';
import { checkTranslation, type TranslationCheck } from '../../server/translations/check-translation.js';
import type { ApiClient } from './api-client.js';

export type WorkFilter = 'queue' | 'all';

export interface TranslationModel {
  languages: ReadonlySignal<TranslationLanguageView[]>;
  workspace: ReadonlySignal<TranslationWorkspaceView | null>;
  /** Keys still to do (missing, stale, draft), safety first; or every key. */
  filter: Signal<WorkFilter>;
  namespace: Signal<string>;
  shown: ReadonlySignal<TranslationItem[]>;
  selected: ReadonlySignal<TranslationItem | null>;
  draft: Signal<string>;
  /** The same checks as `npm run i18n -- check`, on the text as typed. */
  check: ReadonlySignal<TranslationCheck | null>;
  /** Four eyes: whether the signed-in translator wrote the text now shown. */
  ownText: ReadonlySignal<boolean>;
  busy: ReadonlySignal<boolean>;
  /** The outcome of the last save, for the live region. */
  message: ReadonlySignal<{ kind: 'done' | 'error'; text: string } | null>;
  loadLanguages(): Promise<void>;
  choose(language: string): Promise<void>;
  select(item: TranslationItem): void;
  save(review: 'draft' | 'reviewed'): Promise<void>;
}

/** The translators' workspace: one language at a time, one key in the editor. */
export function createTranslationModel(api: ApiClient, me: { id: string }): TranslationModel {
  const languages = signal<TranslationLanguageView[]>([]);
  const workspace = signal<TranslationWorkspaceView | null>(null);
  const filter = signal<WorkFilter>('queue');
  const namespace = signal('');
  const selectedId = signal<string | null>(null);
  const draft = signal('');
  const busy = signal(false);
  const message = signal<{ kind: 'done' | 'error'; text: string } | null>(null);
  const idOf = (item: TranslationItem) => `${item.namespace}:${item.key}`;

  const shown = computed(() =>
    (workspace.value?.items ?? []).filter(
      (item) => (filter.value === 'all' || item.state !== 'reviewed') && (namespace.value === '' || item.namespace === namespace.value),
    ),
  );
  const selected = computed(() => workspace.value?.items.find((item) => idOf(item) === selectedId.value) ?? null);
  const check = computed(() => {
    const item = selected.value;
    const view = workspace.value;
    if (!item || !view) return null;
    const glossary = view.glossary.filter((entry) => entry.translation !== '');
    return checkTranslation(item.english, draft.value, item.plural !== null, glossary);
  });
  const ownText = computed(() => {
    const item = selected.value;
    if (!item) return false;
    return draft.value !== (item.text ?? '') || item.author?.id === me.id;
  });

  async function reload(language: string): Promise<void> {
    const result = await api.get<TranslationWorkspaceView>(`/api/translations/${encodeURIComponent(language)}`);
    if (result.ok) workspace.value = result.body;
    else message.value = { kind: 'error', text: result.error ?? String(result.status) };
  }

  return {
    languages,
    workspace,
    filter,
    namespace,
    shown,
    selected,
    draft,
    check,
    ownText,
    busy,
    message,
    async loadLanguages() {
      const result = await api.get<{ languages: TranslationLanguageView[] }>('/api/translations');
      if (result.ok) languages.value = result.body.languages;
    },
    async choose(language) {
      batch(() => {
        selectedId.value = null;
        message.value = null;
        workspace.value = null;
      });
      await reload(language);
    },
    select(item) {
      batch(() => {
        selectedId.value = idOf(item);
        draft.value = item.text ?? '';
        message.value = null;
      });
    },
    async save(review) {
      const item = selected.value;
      const view = workspace.value;
      if (!item || !view || busy.value) return;
      busy.value = true;
      const result = await api.post(`/api/translations/${encodeURIComponent(view.language)}/changes`, {
        namespace: item.namespace,
        key: item.key,
        text: draft.value,
        review,
      });
      busy.value = false;
      if (!result.ok) {
        message.value = { kind: 'error', text: result.error ?? String(result.status) };
        return;
      }
      await reload(view.language);
      message.value = { kind: 'done', text: review };
    },
  };
}

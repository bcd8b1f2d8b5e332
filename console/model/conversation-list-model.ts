import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { ConversationDetail, ConversationListItem, ConversationListPage, ConversationStatus } from '../../server/protocol/index.js';
import type { ApiClient } from './api-client.js';
import type { LoadState } from './callbacks-model.js';

/** The filters staff can set; empty strings mean "any". */
export interface ConversationFilters {
  q: string;
  status: ConversationStatus | '';
  hub: string;
  need: string;
  urgent: '' | 'true';
  assignee: '' | 'me';
}

export const NO_FILTERS: ConversationFilters = { q: '', status: '', hub: '', need: '', urgent: '', assignee: '' };

/** Conversations beyond the live queue: the searched list, and one history open to read. */
export interface ConversationListModel {
  filters: ReadonlySignal<ConversationFilters>;
  results: ReadonlySignal<ConversationListItem[]>;
  state: ReadonlySignal<LoadState>;
  hasMore: ReadonlySignal<boolean>;
  /** The server's reason when a search was refused (e.g. no words in it). */
  problem: ReadonlySignal<string | null>;
  detail: ReadonlySignal<ConversationDetail | null>;
  detailState: ReadonlySignal<LoadState>;
  search(filters: ConversationFilters): Promise<void>;
  more(): Promise<void>;
  open(conversationId: string): Promise<void>;
}

export function createConversationListModel(deps: { api: ApiClient; onSignedOut(): void }): ConversationListModel {
  const { api, onSignedOut } = deps;
  const filters = signal<ConversationFilters>(NO_FILTERS);
  const results = signal<ConversationListItem[]>([]);
  const state = signal<LoadState>('idle');
  const next = signal<string | undefined>(undefined);
  const hasMore = signal(false);
  const problem = signal<string | null>(null);
  const detail = signal<ConversationDetail | null>(null);
  const detailState = signal<LoadState>('idle');

  async function fetchPage(before?: string): Promise<void> {
    const params = new URLSearchParams(Object.entries(filters.peek()).filter(([, value]) => value !== ''));
    if (before) params.set('before', before);
    state.value = 'loading';
    const result = await api.get<ConversationListPage>(`/api/conversations?${params}`);
    if (!result.ok) {
      if (result.status === 401) onSignedOut();
      batch(() => {
        state.value = 'failed';
        problem.value = result.error ?? null;
      });
      return;
    }
    batch(() => {
      results.value = before ? [...results.peek(), ...result.body.conversations] : result.body.conversations;
      next.value = result.body.next;
      hasMore.value = result.body.next !== undefined;
      problem.value = null;
      state.value = 'ready';
    });
  }

  return {
    filters,
    results,
    state,
    hasMore,
    problem,
    detail,
    detailState,
    search(chosen) {
      filters.value = chosen;
      return fetchPage();
    },
    async more() {
      const cursor = next.peek();
      if (cursor && state.peek() !== 'loading') await fetchPage(cursor);
    },
    async open(conversationId) {
      batch(() => {
        if (detail.peek()?.conversationId !== conversationId) detail.value = null;
        detailState.value = 'loading';
      });
      const result = await api.get<ConversationDetail>(`/api/conversations/${encodeURIComponent(conversationId)}`);
      if (result.ok) {
        batch(() => {
          detail.value = result.body;
          detailState.value = 'ready';
        });
        return;
      }
      if (result.status === 401) onSignedOut();
      detailState.value = 'failed';
    },
  };
}

import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ApiClient } from './api-client.js';
import type { HubFilterModel } from './hub-filter-model.js';

/** A family's request to be called back, as GET /api/callbacks lists it. */
export interface CallbackRequest {
  id: string;
  conversationId: string;
  locality: string;
  contactMethod: 'phone' | 'text' | 'email' | string;
  contactValue: string;
  preferredTime: string | null;
  requestedAt: string;
  /** The time the family was promised a call by (ISO). */
  dueAt: string;
  status: 'open' | 'done' | string;
  outcome: string | null;
}

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';
export type MarkDoneResult = 'done' | 'outcome-required' | 'failed' | 'signed-out';

export interface CallbacksModel {
  /** Open callbacks in the watched hubs, soonest due first. */
  open: ReadonlySignal<CallbackRequest[]>;
  state: ReadonlySignal<LoadState>;
  load(): Promise<void>;
  markDone(id: string, outcome: string): Promise<MarkDoneResult>;
}

/**
 * Callbacks are not pushed over the socket, so the list is fetched when shown and on request.
 * Done callbacks drop out at once rather than waiting for the next fetch.
 */
export function createCallbacksModel(deps: { api: ApiClient; filter: HubFilterModel; onSignedOut(): void }): CallbacksModel {
  const { api, filter, onSignedOut } = deps;
  const all = signal<CallbackRequest[]>([]);
  const state = signal<LoadState>('idle');

  return {
    open: computed(() =>
      all.value
        .filter((c) => c.status === 'open' && filter.shows(c.locality))
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
    ),
    state,
    async load() {
      if (state.peek() === 'loading') return;
      state.value = 'loading';
      const result = await api.get<{ callbacks: CallbackRequest[] }>('/api/callbacks');
      if (result.ok && Array.isArray(result.body?.callbacks)) {
        all.value = result.body.callbacks;
        state.value = 'ready';
        return;
      }
      state.value = 'failed';
      if (result.status === 401) onSignedOut();
    },
    async markDone(id, outcome) {
      const trimmed = outcome.trim();
      if (!trimmed) return 'outcome-required';
      const result = await api.post(`/api/callbacks/${encodeURIComponent(id)}/done`, { outcome: trimmed });
      if (result.ok) {
        all.value = all.value.map((c) => (c.id === id ? { ...c, status: 'done', outcome: trimmed } : c));
        return 'done';
      }
      if (result.status === 401) {
        onSignedOut();
        return 'signed-out';
      }
      return result.status === 400 || result.status === 422 ? 'outcome-required' : 'failed';
    },
  };
}

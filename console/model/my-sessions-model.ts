import { signal, type ReadonlySignal } from '@preact/signals';
import type { StaffSessionView } from '../../server/protocol/http-bodies.js';
import type { ApiClient } from './api-client.js';

export type MySessionsStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface MySessionsModel {
  sessions: ReadonlySignal<StaffSessionView[]>;
  status: ReadonlySignal<MySessionsStatus>;
  /** How many sessions the last "end" action ended, for the live message; null before any. */
  ended: ReadonlySignal<number | null>;
  /** When the list was loaded, for "14:05" versus "Tue 3 Jun, 14:05". */
  loadedAt: ReadonlySignal<number>;
  load(): Promise<void>;
  end(id: string): Promise<void>;
  endOthers(): Promise<void>;
}

/** The signed-in person's own sessions: a lost phone or a shared desk can be signed out from here. */
export function createMySessionsModel(api: ApiClient, clock: () => number = () => Date.now()): MySessionsModel {
  const sessions = signal<StaffSessionView[]>([]);
  const status = signal<MySessionsStatus>('idle');
  const ended = signal<number | null>(null);
  const loadedAt = signal(clock());

  async function load() {
    status.value = 'loading';
    const result = await api.get<{ sessions: StaffSessionView[] }>('/api/auth/sessions');
    loadedAt.value = clock();
    if (result.ok) sessions.value = result.body.sessions;
    status.value = result.ok ? 'ready' : 'failed';
  }

  async function after(result: Promise<{ ok: boolean; body?: unknown }>) {
    const answer = await result;
    ended.value = answer.ok ? ((answer.body as { ended?: number } | undefined)?.ended ?? 0) : 0;
    await load();
  }

  return {
    sessions,
    status,
    ended,
    loadedAt,
    load,
    end: (id) => after(api.post(`/api/auth/sessions/${encodeURIComponent(id)}/end`)),
    endOthers: () => after(api.post('/api/auth/sessions/end-others')),
  };
}

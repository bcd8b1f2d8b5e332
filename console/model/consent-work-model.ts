import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { CreateEnquiryBody, EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import type { ApiClient } from './api-client.js';

export type WorkState = 'idle' | 'saving' | 'failed';

/** The server's own words when it refuses, or null when it could not be reached. */
export interface WorkProblem {
  status: number;
  message: string | null;
}

/** Opening an Early Help enquiry from a conversation, and recording a withdrawal said by phone. */
export interface ConsentWorkModel {
  state: ReadonlySignal<WorkState>;
  problem: ReadonlySignal<WorkProblem | null>;
  /** The enquiry just opened, kept until the conversation changes so its reference stays in view. */
  created: ReadonlySignal<EnquiryView | null>;
  withdrawn: ReadonlySignal<boolean>;
  create(body: CreateEnquiryBody): Promise<boolean>;
  withdraw(conversationId: string, consentId: string): Promise<boolean>;
  reset(): void;
}

export function createConsentWorkModel(deps: { api: ApiClient; onChanged(): void; onSignedOut(): void }): ConsentWorkModel {
  const { api, onChanged, onSignedOut } = deps;
  const state = signal<WorkState>('idle');
  const problem = signal<WorkProblem | null>(null);
  const created = signal<EnquiryView | null>(null);
  const withdrawn = signal(false);

  async function run<T>(call: () => Promise<{ ok: true; body: T } | { ok: false; status: number; error?: string }>): Promise<T | null> {
    if (state.peek() === 'saving') return null;
    batch(() => {
      state.value = 'saving';
      problem.value = null;
    });
    const result = await call();
    if (result.ok) {
      state.value = 'idle';
      return result.body;
    }
    if (result.status === 401) onSignedOut();
    batch(() => {
      state.value = 'failed';
      problem.value = { status: result.status, message: result.error ?? null };
    });
    return null;
  }

  return {
    state,
    problem,
    created,
    withdrawn,
    async create(body) {
      const answer = await run(() => api.post<{ enquiry: EnquiryView }>('/api/enquiries', body));
      if (!answer) return false;
      created.value = answer.enquiry;
      onChanged();
      return true;
    },
    async withdraw(conversationId, consentId) {
      const answer = await run(() => api.post<{ ok: true }>(`/api/conversations/${encodeURIComponent(conversationId)}/consent/withdraw`, { consentId }));
      if (!answer) return false;
      withdrawn.value = true;
      onChanged();
      return true;
    },
    reset() {
      batch(() => {
        state.value = 'idle';
        problem.value = null;
        created.value = null;
        withdrawn.value = false;
      });
    },
  };
}

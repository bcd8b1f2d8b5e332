import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { LevelOfNeed } from '../../server/protocol/continuum-of-need.js';
import type { ChangeLevelBody, EnquirySummaryView, EnquiryView, TransitionBody } from '../../server/protocol/enquiry-bodies.js';
import type { ApiClient } from './api-client.js';
import type { LoadState } from './callbacks-model.js';
import type { WorkProblem, WorkState } from './consent-work-model.js';

/** Early Help enquiries the signed-in person may work, and the one open on screen. */
export interface EnquiriesModel {
  list: ReadonlySignal<EnquirySummaryView[]>;
  listState: ReadonlySignal<LoadState>;
  current: ReadonlySignal<EnquiryView | null>;
  currentState: ReadonlySignal<LoadState>;
  /** Why the last fetch or status change failed, in the server's words. */
  problem: ReadonlySignal<WorkProblem | null>;
  moveState: ReadonlySignal<WorkState>;
  /** The status the last successful change moved to, for the status line. */
  moved: ReadonlySignal<string | null>;
  /** The level the last successful step up / step down moved to, for its status line. */
  stepped: ReadonlySignal<LevelOfNeed | null>;
  load(): Promise<void>;
  open(enquiryId: string): Promise<void>;
  transition(enquiryId: string, move: TransitionBody): Promise<boolean>;
  changeLevel(enquiryId: string, change: ChangeLevelBody): Promise<boolean>;
}

export function createEnquiriesModel(deps: { api: ApiClient; onSignedOut(): void }): EnquiriesModel {
  const { api, onSignedOut } = deps;
  const list = signal<EnquirySummaryView[]>([]);
  const listState = signal<LoadState>('idle');
  const current = signal<EnquiryView | null>(null);
  const currentState = signal<LoadState>('idle');
  const problem = signal<WorkProblem | null>(null);
  const moveState = signal<WorkState>('idle');
  const moved = signal<string | null>(null);
  const stepped = signal<LevelOfNeed | null>(null);

  function fail(status: number, error?: string): void {
    if (status === 401) onSignedOut();
    problem.value = { status, message: error ?? null };
  }

  /** Both kinds of change answer with the whole enquiry; only one may be in flight at a time. */
  async function save(enquiryId: string, action: 'transition' | 'level', body: TransitionBody | ChangeLevelBody): Promise<boolean> {
    if (moveState.peek() === 'saving') return false;
    batch(() => {
      moveState.value = 'saving';
      problem.value = null;
      moved.value = null;
      stepped.value = null;
    });
    const result = await api.post<{ enquiry: EnquiryView }>(`/api/enquiries/${encodeURIComponent(enquiryId)}/${action}`, body);
    if (result.ok) {
      const enquiry = result.body.enquiry;
      batch(() => {
        current.value = enquiry;
        moveState.value = 'idle';
        if (action === 'transition') moved.value = enquiry.status;
        else stepped.value = enquiry.levelOfNeed;
        list.value = list.value.map((e) => (e.id === enquiry.id ? { ...e, status: enquiry.status, levelOfNeed: enquiry.levelOfNeed, withdrawn: enquiry.withdrawn } : e));
      });
      return true;
    }
    moveState.value = 'failed';
    fail(result.status, result.error);
    return false;
  }

  return {
    list,
    listState,
    current,
    currentState,
    problem,
    moveState,
    moved,
    stepped,
    async load() {
      if (listState.peek() === 'loading') return;
      listState.value = 'loading';
      const result = await api.get<{ enquiries: EnquirySummaryView[] }>('/api/enquiries');
      if (result.ok && Array.isArray(result.body?.enquiries)) {
        batch(() => {
          list.value = result.body.enquiries;
          listState.value = 'ready';
        });
        return;
      }
      listState.value = 'failed';
      if (!result.ok) fail(result.status, result.error);
    },
    async open(enquiryId) {
      batch(() => {
        if (current.peek()?.id !== enquiryId) current.value = null;
        currentState.value = 'loading';
        problem.value = null;
        moved.value = null;
      });
      const result = await api.get<{ enquiry: EnquiryView }>(`/api/enquiries/${encodeURIComponent(enquiryId)}`);
      if (result.ok) {
        batch(() => {
          current.value = result.body.enquiry;
          currentState.value = 'ready';
        });
        return;
      }
      currentState.value = 'failed';
      fail(result.status, result.error);
    },
    transition(enquiryId, move) {
      return save(enquiryId, 'transition', move);
    },
    changeLevel(enquiryId, change) {
      return save(enquiryId, 'level', change);
    },
  };
}

import { batch, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Scorecard } from '../../server/measures/index.js';
import type { ApiClient } from './api-client.js';
import type { LoadState } from './callbacks-model.js';
import type { DateRange, Report } from './manager-model.js';

export type { Scorecard };
export type ScorecardHub = 'all' | 'west' | 'south' | 'east' | 'keighley-shipley' | 'unknown';
export const SCORECARD_HUBS: readonly ScorecardHub[] = ['all', 'west', 'south', 'east', 'keighley-shipley', 'unknown'];

/** The scorecard for the manager's date range, one hub or all, with a weekly or monthly series. */
export interface ScorecardModel {
  hub: Signal<ScorecardHub>;
  interval: Signal<'week' | 'month'>;
  report: Report<Scorecard>;
  load(): void;
}

export function createScorecardModel(deps: { api: ApiClient; range: ReadonlySignal<DateRange>; onSignedOut(): void }): ScorecardModel {
  const hub = signal<ScorecardHub>('all');
  const interval = signal<'week' | 'month'>('week');
  const data = signal<Scorecard | null>(null);
  const state = signal<LoadState>('idle');
  const error = signal<string | null>(null);
  let latest = 0;
  return {
    hub,
    interval,
    report: { data, state, error },
    load() {
      const ticket = ++latest;
      const query = new URLSearchParams({ ...deps.range.peek(), hub: hub.peek(), interval: interval.peek() });
      batch(() => {
        state.value = 'loading';
        error.value = null;
      });
      void deps.api.get<Scorecard>(`/api/manager/scorecard?${query.toString()}`).then((result) => {
        // A later request (new dates or hub) wins over an earlier one that answers late.
        if (ticket !== latest) return;
        if (result.ok) {
          batch(() => {
            data.value = result.body;
            state.value = 'ready';
          });
          return;
        }
        if (result.status === 401) deps.onSignedOut();
        batch(() => {
          state.value = 'failed';
          error.value = result.error ?? null;
        });
      });
    },
  };
}

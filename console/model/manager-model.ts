import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { WebhookDeliveryView } from '../../server/protocol/enquiry-bodies.js';
import type { SafeguardingReport, SafeguardingReportRow } from '../../server/protocol/index.js';
import type { ApiClient } from './api-client.js';
import type { LoadState } from './callbacks-model.js';
import { createScorecardModel, type ScorecardModel } from './scorecard-model.js';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string;
  /** The staff member's display name; null for actors who are not staff (a family, the system). */
  actorName: string | null;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  detail?: unknown;
}

export type { SafeguardingReport, SafeguardingReportRow };

export interface DateRange {
  from: string;
  to: string;
}

/** One manager report: its rows and whether they are loading. */
export interface Report<T> {
  data: ReadonlySignal<T | null>;
  state: ReadonlySignal<LoadState>;
  error: ReadonlySignal<string | null>;
}

export interface ManagerModel {
  range: ReadonlySignal<DateRange>;
  scorecard: ScorecardModel;
  safeguarding: Report<SafeguardingReport>;
  audit: Report<AuditEntry[]>;
  deliveries: Report<WebhookDeliveryView[]>;
  setRange(range: DateRange): void;
  /** Loads every report; the ranged ones for the chosen dates. */
  loadAll(): void;
  exportHref(format: 'json' | 'csv'): string;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last 30 days up to today: what a monthly scorecard review looks at first. */
export function defaultRange(now: number): DateRange {
  return { from: isoDay(now - 30 * DAY_MS), to: isoDay(now) };
}

export function createManagerModel(deps: { api: ApiClient; now: number; onSignedOut(): void }): ManagerModel {
  const { api, onSignedOut } = deps;
  const range = signal(defaultRange(deps.now));

  function report<T, B>(path: () => string, pick: (body: B) => T) {
    const data = signal<T | null>(null);
    const state = signal<LoadState>('idle');
    const error = signal<string | null>(null);
    async function load(): Promise<void> {
      batch(() => {
        state.value = 'loading';
        error.value = null;
      });
      const result = await api.get<B>(path());
      if (result.ok) {
        batch(() => {
          data.value = pick(result.body);
          state.value = 'ready';
        });
        return;
      }
      if (result.status === 401) onSignedOut();
      batch(() => {
        state.value = 'failed';
        error.value = result.error ?? null;
      });
    }
    return { view: { data, state, error } as Report<T>, load };
  }

  const ranged = (base: string) => () => `${base}?${new URLSearchParams({ ...range.peek() }).toString()}`;
  const scorecard = createScorecardModel({ api, range, onSignedOut });
  const safeguarding = report<SafeguardingReport, SafeguardingReport>(ranged('/api/manager/safeguarding-report'), (b) => b);
  const audit = report<AuditEntry[], { entries: AuditEntry[] }>(() => '/api/manager/audit', (b) => b.entries);
  const deliveries = report<WebhookDeliveryView[], { deliveries: WebhookDeliveryView[] }>(() => '/api/manager/webhook-deliveries', (b) => b.deliveries);

  return {
    range,
    scorecard,
    safeguarding: safeguarding.view,
    audit: audit.view,
    deliveries: deliveries.view,
    setRange(next) {
      range.value = next;
    },
    loadAll() {
      scorecard.load();
      void safeguarding.load();
      void audit.load();
      void deliveries.load();
    },
    exportHref(format) {
      return `/api/enquiries/export?${new URLSearchParams({ ...range.value, format }).toString()}`;
    },
  };
}

import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { AcknowledgeAlertBody, AcknowledgedAlert, UrgentAlert } from '../../server/protocol/index.js';
import type { ApiClient } from './api-client.js';

export type AcknowledgeResult = { ok: true } | { ok: false; status: number; error?: string };

/**
 * The urgent lane as the server sent it: already scoped to what this person may see and in the
 * server's order (most urgent card first, then longest waiting). The console only mirrors it.
 */
export interface UrgentLaneModel {
  alerts: ReadonlySignal<UrgentAlert[]>;
  openFor: ReadonlySignal<(conversationId: string) => UrgentAlert | undefined>;
  replaceAll(alerts: UrgentAlert[]): void;
  upsert(alert: UrgentAlert): void;
  remove(acknowledged: AcknowledgedAlert): void;
  acknowledge(alertId: string, body: AcknowledgeAlertBody): Promise<AcknowledgeResult>;
}

export function createUrgentLaneModel(deps: { api: ApiClient; onSignedOut(): void }): UrgentLaneModel {
  const alerts = signal<UrgentAlert[]>([]);
  const openFor = computed(() => {
    const byConversation = new Map(alerts.value.map((alert) => [alert.conversationId, alert]));
    return (conversationId: string) => byConversation.get(conversationId);
  });
  return {
    alerts,
    openFor,
    replaceAll(next) {
      alerts.value = next;
    },
    upsert(alert) {
      const known = alerts.value.some((a) => a.id === alert.id);
      // A new alert goes first: it is the one nobody has looked at yet.
      alerts.value = known ? alerts.value.map((a) => (a.id === alert.id ? alert : a)) : [alert, ...alerts.value];
    },
    remove({ alertId }) {
      alerts.value = alerts.value.filter((a) => a.id !== alertId);
    },
    async acknowledge(alertId, body) {
      const result = await deps.api.post<{ acknowledged: AcknowledgedAlert }>(`/api/urgent-alerts/${encodeURIComponent(alertId)}/acknowledge`, body);
      if (result.status === 401) deps.onSignedOut();
      if (!result.ok) return { ok: false, status: result.status, ...(result.error ? { error: result.error } : {}) };
      this.remove(result.body.acknowledged);
      return { ok: true };
    },
  };
}

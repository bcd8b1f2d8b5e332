import { signal, type ReadonlySignal } from '@preact/signals';
import type { AlertTone } from './alert-tone.js';
import { readSetting, writeSetting } from './local-setting.js';

/** One banner line. `safeguarding` comes from danger screening; `urgent` from an urgent queue entry. */
export interface ConsoleAlert {
  conversationId: string;
  kind: 'safeguarding' | 'urgent';
  severity?: string;
  /** The words that triggered screening, as the family wrote them. */
  phrase?: string;
  locality?: string;
}

export interface AlertModel {
  alerts: ReadonlySignal<ConsoleAlert[]>;
  muted: ReadonlySignal<boolean>;
  setMuted(muted: boolean): void;
  /** Shows the alert and sounds the tone. One banner line per conversation: a newer alert replaces it. */
  raise(alert: ConsoleAlert): void;
  dismiss(conversationId: string): void;
  /** Someone took the urgent family: the banner has done its job. Safeguarding alerts stay until dismissed. */
  dismissUrgent(conversationId: string): void;
  clear(): void;
}

const MUTE_KEY = 'front-door.console.alert-muted';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

export function createAlertModel(tone: AlertTone): AlertModel {
  const alerts = signal<ConsoleAlert[]>([]);
  const muted = signal(readSetting(MUTE_KEY, isBoolean) ?? false);

  return {
    alerts,
    muted,
    setMuted(next) {
      muted.value = next;
      writeSetting(MUTE_KEY, next);
    },
    raise(alert) {
      const previous = alerts.value.find((a) => a.conversationId === alert.conversationId);
      // A safeguarding alert says more than "urgent", so it is never downgraded by a later queue update.
      const merged = previous?.kind === 'safeguarding' && alert.kind === 'urgent' ? { ...alert, ...previous } : { ...previous, ...alert };
      alerts.value = [merged, ...alerts.value.filter((a) => a !== previous)];
      // The urgent queue entry that follows a safeguarding alert is the same news: one tone is enough.
      const repeat = previous !== undefined && alert.kind === 'urgent';
      if (!muted.value && !repeat) tone.play();
    },
    dismiss(conversationId) {
      alerts.value = alerts.value.filter((a) => a.conversationId !== conversationId);
    },
    clear() {
      alerts.value = [];
    },
    dismissUrgent(conversationId) {
      if (alerts.value.some((a) => a.conversationId === conversationId && a.kind === 'urgent')) {
        alerts.value = alerts.value.filter((a) => a.conversationId !== conversationId || a.kind !== 'urgent');
      }
    },
  };
}

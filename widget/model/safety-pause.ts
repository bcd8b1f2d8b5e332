import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Message } from '../../server/protocol/index.js';

export interface SafetyPause {
  /** True while an emergency card that arrived live has not been read past ("Continue"). */
  paused: ReadonlySignal<boolean>;
  resume(): void;
}

/**
 * Holds the flow's next question back while a live emergency card is on screen, so on a small
 * phone the card is not crowded out by answer buttons. Cards from resumed history do not pause:
 * the family has already seen them.
 */
export function createSafetyPause(messages: ReadonlySignal<Message[]>, historySeq: ReadonlySignal<number | null>): SafetyPause {
  const resumedThrough = signal(0);
  const latestLiveCard = computed(() => {
    const history = historySeq.value;
    if (history === null) return 0;
    let latest = 0;
    for (const message of messages.value) if (message.content.kind === 'safeguarding' && message.seq > history) latest = message.seq;
    return latest;
  });
  return {
    paused: computed(() => latestLiveCard.value > resumedThrough.value),
    resume() {
      resumedThrough.value = latestLiveCard.peek();
    },
  };
}

import { signal, type ReadonlySignal } from '@preact/signals';
import type { ErrorCode, QueueLocality, StaffClientFrame } from '../../server/protocol/index.js';
import type { ActionFeedback, ConversationAction, HandoffState } from './handoff-state.js';
import type { StaffMember } from './session-model.js';

export interface ConversationActions {
  /** The outcome of the last action, for the status line. */
  feedback: ReadonlySignal<ActionFeedback | null>;
  claim(): void;
  release(): void;
  transfer(locality: QueueLocality): void;
  end(): void;
  requestConsent(): void;
}

/** The bookkeeping the conversation model drives as frames come back. */
export interface ConversationActionsInternal extends ConversationActions {
  begin(action: ConversationAction, frame: StaffClientFrame, locality?: QueueLocality): void;
  /** A frame showed the action took effect (for transfer: the entry is now in that hub). */
  confirm(action: ConversationAction, locality?: QueueLocality): void;
  /** An error frame with no message id: it answers the action in flight, if any. */
  fail(reason: ErrorCode): boolean;
  clearFeedback(): void;
}

/**
 * Claim, release, transfer, end and consent. The server answers none of them directly: success
 * shows up as a queue or transcript change and failure as a bare error frame, so the one action
 * in flight is remembered and matched against what comes back.
 */
export function createConversationActions(deps: {
  send(frame: StaffClientFrame): boolean;
  conversationId: ReadonlySignal<string | null>;
  handoff: ReadonlySignal<HandoffState | null>;
  me: StaffMember;
}): ConversationActionsInternal {
  const { send, conversationId, handoff, me } = deps;
  const feedback = signal<ActionFeedback | null>(null);
  let awaiting: { action: ConversationAction; locality?: QueueLocality } | null = null;

  function begin(action: ConversationAction, frame: StaffClientFrame, locality?: QueueLocality): void {
    feedback.value = null;
    awaiting = { action, ...(locality ? { locality } : {}) };
    // Opening is repeated by resync() on reconnect, so only real actions report "offline".
    if (!send(frame) && action !== 'open') {
      awaiting = null;
      feedback.value = { action, outcome: 'failed', reason: 'offline' };
    }
  }

  function withHandoff(act: (h: HandoffState) => void): void {
    const h = handoff.peek();
    if (h) act(h);
  }

  const holds = (h: HandoffState) => h.status === 'active' && h.claimedBy === me.id;

  return {
    feedback,
    begin,
    confirm(action, locality) {
      if (awaiting?.action !== action || (action === 'transfer' && awaiting.locality !== locality)) return;
      awaiting = null;
      if (action !== 'open') feedback.value = { action, outcome: 'done', ...(locality ? { locality } : {}) };
    },
    fail(reason) {
      if (!awaiting) return false;
      feedback.value = { action: awaiting.action, outcome: 'failed', reason };
      awaiting = null;
      return true;
    },
    clearFeedback() {
      awaiting = null;
      feedback.value = null;
    },
    claim: () => withHandoff((h) => h.status === 'waiting' && begin('claim', { type: 'handoff.claim', handoffId: h.id })),
    release: () => withHandoff((h) => holds(h) && begin('release', { type: 'handoff.release', handoffId: h.id })),
    transfer: (locality) =>
      withHandoff((h) => {
        if (h.status === 'waiting' || holds(h)) begin('transfer', { type: 'handoff.transfer', handoffId: h.id, locality }, locality);
      }),
    end: () => withHandoff((h) => holds(h) && begin('end', { type: 'handoff.end', handoffId: h.id })),
    requestConsent() {
      const id = conversationId.peek();
      if (id) begin('consent', { type: 'consent.request', conversationId: id });
    },
  };
}

import { newClientMessageId } from '../../client-core/client-message-id.js';
import type { OutboxFrame } from './message-log.js';

export type CallbackDetails = Omit<Extract<OutboxFrame, { type: 'callback.request' }>, 'type' | 'clientMessageId'>;

/** What the family can do in the conversation. Each is a frame with a fresh client id, sent via the outbox. */
export interface FamilyActions {
  sendText(text: string): void;
  /** Values of the chosen options and their label keys (shown while the answer is being sent). */
  answer(nodeId: string, values: string[], labels: string[]): void;
  requestHandoff(): void;
  requestCallback(details: CallbackDetails): void;
  answerConsent(consentId: string, answer: 'yes' | 'no'): void;
  withdrawConsent(consentId: string): void;
}

export function createFamilyActions(enqueue: (frame: OutboxFrame, labels?: string[]) => void): FamilyActions {
  const id = newClientMessageId;
  return {
    sendText: (text) => enqueue({ type: 'message.send', clientMessageId: id(), text }),
    answer: (nodeId, values, labels) => enqueue({ type: 'answer.send', clientMessageId: id(), nodeId, values }, labels),
    requestHandoff: () => enqueue({ type: 'handoff.request', clientMessageId: id() }),
    requestCallback: (details) => enqueue({ type: 'callback.request', clientMessageId: id(), ...details }),
    answerConsent: (consentId, answer) => enqueue({ type: 'consent.answer', clientMessageId: id(), consentId, answer }),
    withdrawConsent: (consentId) => enqueue({ type: 'consent.withdraw', clientMessageId: id(), consentId }),
  };
}

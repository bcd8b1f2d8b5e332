import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { ConversationDetail, FamilyHandoffView, Message, QueueEntry, QueueLocality, StaffClientFrame, StaffServerFrame } from '../../server/protocol/index.js';
import { createChatModel, type ChatModel } from './chat-model.js';
import { createConversationActions, type ConversationActions } from './conversation-actions.js';
import { handoffFromDetail, handoffFromEntry, type HandoffState } from './handoff-state.js';
import type { QueueModel } from './queue-model.js';
import type { StaffMember } from './session-model.js';

type ErrorFrame = Extract<StaffServerFrame, { type: 'error' }>;

/** The one conversation a staff member has open: summary, handoff state, chat and actions. */
export interface ConversationModel extends ConversationActions, ChatModel {
  conversationId: ReadonlySignal<string | null>;
  detail: ReadonlySignal<ConversationDetail | null>;
  handoff: ReadonlySignal<HandoffState | null>;
  /** True when this person holds the handoff, so may chat and act on it. */
  holdsHandoff: ReadonlySignal<boolean>;
  familyOnline: ReadonlySignal<boolean>;
  /** What the family's widget shows about the handoff (waiting place, callback, ended). */
  familyView: ReadonlySignal<FamilyHandoffView | null>;
  open(conversationId: string): void;
  close(): void;
  /** Asks the server for the detail again (consent and enquiry state change under it). */
  refresh(): void;
  /** After a reconnect: reopen (the server forgot what we watched) and resend unacked messages. */
  resync(): void;
  onDetail(detail: ConversationDetail): void;
  onMessage(message: Message): void;
  onAcked(clientMessageId: string): void;
  /** True when the error belonged to this conversation's messages or actions. */
  onError(frame: ErrorFrame): boolean;
  onTyping(conversationId: string, typing: boolean): void;
  onFamilyPresence(conversationId: string, online: boolean): void;
  onFamilyHandoff(conversationId: string, view: FamilyHandoffView): void;
  onQueueEntry(entry: QueueEntry): void;
  /** Call before the queue forgets the entry, so the last known state is kept. */
  onQueueRemoved(handoffId: string): void;
}

export function createConversationModel(deps: { send(frame: StaffClientFrame): boolean; queue: QueueModel; me: StaffMember }): ConversationModel {
  const { send, queue, me } = deps;
  const conversationId = signal<string | null>(null);
  const detail = signal<ConversationDetail | null>(null);
  const lastKnownHandoff = signal<HandoffState | null>(null);
  const familyOnline = signal(false);
  const familyView = signal<FamilyHandoffView | null>(null);

  // The live queue is the freshest word on a waiting or active handoff; the detail only covers
  // the moment of opening, and what is remembered once the handoff leaves the queue.
  const handoff = computed(() => {
    const id = conversationId.value;
    const entry = id ? queue.entryFor(id) : undefined;
    return entry ? handoffFromEntry(entry) : lastKnownHandoff.value;
  });
  const holdsHandoff = computed(() => handoff.value?.status === 'active' && handoff.value.claimedBy === me.id);
  const actions = createConversationActions({ send, conversationId, handoff, me });
  const chat = createChatModel({ send, conversationId, canChat: holdsHandoff });
  const isOpen = (id: string) => id === conversationId.peek();

  function reset(id: string | null): void {
    chat.reset();
    batch(() => {
      conversationId.value = id;
      detail.value = null;
      lastKnownHandoff.value = null;
      familyView.value = null;
      actions.clearFeedback();
    });
  }

  return {
    feedback: actions.feedback,
    claim: actions.claim,
    release: actions.release,
    transfer: actions.transfer,
    end: actions.end,
    requestConsent: actions.requestConsent,
    messages: chat.messages,
    pending: chat.pending,
    familyTyping: chat.familyTyping,
    arrival: chat.arrival,
    send: chat.send,
    sendQuickReply: chat.sendQuickReply,
    retry: chat.retry,
    typed: chat.typed,
    conversationId,
    detail,
    handoff,
    holdsHandoff,
    familyOnline,
    familyView,
    open(id) {
      if (isOpen(id)) return;
      reset(id);
      actions.begin('open', { type: 'conversation.open', conversationId: id });
    },
    close: () => reset(null),
    refresh() {
      const id = conversationId.peek();
      if (id) send({ type: 'conversation.open', conversationId: id });
    },
    resync() {
      const id = conversationId.peek();
      if (id) send({ type: 'conversation.open', conversationId: id });
      chat.resendUnacked();
    },
    onDetail(next) {
      if (!isOpen(next.conversationId)) return;
      batch(() => {
        detail.value = next;
        chat.merge(next.messages, false);
        lastKnownHandoff.value = handoffFromDetail(next);
        familyOnline.value = next.familyOnline;
        actions.confirm('open');
      });
    },
    onMessage(message) {
      if (!isOpen(message.conversationId)) return;
      chat.merge([message], detail.peek() !== null);
      if (message.content.kind === 'consent-request') actions.confirm('consent');
      // The detail carries the consent and enquiry state; fetch it again when either changes.
      if (changesConsent(message)) send({ type: 'conversation.open', conversationId: message.conversationId });
    },
    onAcked: (clientMessageId) => chat.acked(clientMessageId),
    onError(frame) {
      if (frame.clientMessageId) return chat.failed(frame.clientMessageId, frame.code);
      return actions.fail(frame.code);
    },
    onTyping(id, typing) {
      if (isOpen(id)) chat.setFamilyTyping(typing);
    },
    onFamilyPresence(id, online) {
      if (isOpen(id)) familyOnline.value = online;
    },
    onFamilyHandoff(id, view) {
      if (!isOpen(id)) return;
      familyView.value = view;
      const last = lastKnownHandoff.peek();
      if (last && (view.status === 'ended' || view.status === 'callback')) lastKnownHandoff.value = { ...last, status: view.status };
    },
    onQueueEntry(entry) {
      if (!isOpen(entry.conversationId)) return;
      if (entry.status === 'active' && entry.claimedBy === me.id) actions.confirm('claim');
      if (entry.status === 'waiting') {
        actions.confirm('release');
        actions.confirm('transfer', entry.locality as QueueLocality);
      }
    },
    onQueueRemoved(handoffId) {
      const current = handoff.peek();
      if (current?.id !== handoffId) return;
      lastKnownHandoff.value = { ...current, status: familyView.peek()?.status === 'callback' ? 'callback' : 'ended' };
      actions.confirm('end');
    },
  };
}

/** Key prefix of the consent namespace: withdrawals and new enquiries are recorded as events in it. */
const CONSENT_EVENT = 'consent:';

function changesConsent(message: Message): boolean {
  const { content } = message;
  if (content.kind === 'consent-answer') return true;
  return content.kind === 'event' && content.text.key.startsWith(CONSENT_EVENT);
}

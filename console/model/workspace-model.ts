import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { ErrorCode, QueueEntry, StaffServerFrame } from '../../server/protocol/index.js';
import type { AlertModel } from './alert-model.js';
import type { ApiClient } from './api-client.js';
import { createCallbacksModel, type CallbacksModel } from './callbacks-model.js';
import { createClock, type Clock } from './clock.js';
import { createConsentWorkModel, type ConsentWorkModel } from './consent-work-model.js';
import { createConversationModel, type ConversationModel } from './conversation-model.js';
import { createEnquiriesModel, type EnquiriesModel } from './enquiries-model.js';
import { createConversationListModel, type ConversationListModel } from './conversation-list-model.js';
import { createHubFilterModel, type HubFilterModel } from './hub-filter-model.js';
import { createManagerModel, type ManagerModel } from './manager-model.js';
import { createQueueModel, type QueueModel } from './queue-model.js';
import { createRouteModel, type RouteModel } from './route-model.js';
import type { StaffMember } from './session-model.js';
import { createUrgentLaneModel, type UrgentLaneModel } from './urgent-lane-model.js';
import { createStaffSocket, staffSocketUrl, type SocketStatus } from './staff-socket.js';

type Handlers = { [T in StaffServerFrame['type']]: (frame: Extract<StaffServerFrame, { type: T }>) => void };

const CALLBACK_REFRESH_MS = 60_000;

/** Everything a signed-in hub worker sees, alive from sign-in to sign-out. */
export interface WorkspaceModel {
  me: StaffMember;
  connection: ReadonlySignal<SocketStatus>;
  clock: Clock;
  filter: HubFilterModel;
  queue: QueueModel;
  /** Flagged families waiting for a person to acknowledge them, above every hub's queue. */
  urgent: UrgentLaneModel;
  conversation: ConversationModel;
  callbacks: CallbacksModel;
  router: RouteModel;
  consentWork: ConsentWorkModel;
  enquiries: EnquiriesModel;
  conversations: ConversationListModel;
  /** Only for managers; everyone else never fetches the manager reports. */
  manager: ManagerModel | null;
  /** A server error that belongs to no action on screen. */
  notice: ReadonlySignal<ErrorCode | null>;
  dismissNotice(): void;
  openConversation(conversationId: string): void;
  closeConversation(): void;
  /** Claims from the queue list and opens the conversation at once, so the summary is in view. */
  claim(entry: QueueEntry): void;
  stop(): void;
}

export function createWorkspaceModel(deps: { me: StaffMember; api: ApiClient; alerts: AlertModel; onSignedOut(): void }): WorkspaceModel {
  const { me, api, alerts, onSignedOut } = deps;
  const connection = signal<SocketStatus>('idle');
  const notice = signal<ErrorCode | null>(null);
  const clock = createClock();
  const filter = createHubFilterModel(me.id, me.locality);
  const queue = createQueueModel(filter);
  const urgent = createUrgentLaneModel({ api, onSignedOut });
  const router = createRouteModel();
  const callbacks = createCallbacksModel({ api, filter, onSignedOut });
  const alerted = new Set<string>();
  const socket = createStaffSocket(staffSocketUrl(location), {
    onOpen: () => conversation.resync(),
    onFrame: (frame) => (handlers[frame.type] as (f: StaffServerFrame) => void)(frame),
    onStatus: (status) => (connection.value = status),
    onSignedOut,
  });
  const conversation = createConversationModel({ send: (frame) => socket.send(frame), queue, me });
  const consentWork = createConsentWorkModel({ api, onChanged: () => conversation.refresh(), onSignedOut });
  const enquiries = createEnquiriesModel({ api, onSignedOut });
  const conversations = createConversationListModel({ api, onSignedOut });
  const manager = me.role === 'manager' ? createManagerModel({ api, now: clock.now.peek(), onSignedOut }) : null;

  // An urgent family waiting in a watched hub is announced once per handoff, not on every update.
  function alertIfUrgent(entry: QueueEntry): void {
    if (entry.status === 'active') alerts.dismissUrgent(entry.conversationId);
    if (!entry.urgent || entry.status !== 'waiting' || !filter.shows(entry.locality) || alerted.has(entry.handoffId)) return;
    alerted.add(entry.handoffId);
    alerts.raise({ conversationId: entry.conversationId, kind: 'urgent', locality: entry.locality, ...(entry.urgentReason ? { severity: entry.urgentReason } : {}) });
  }

  const handlers: Handlers = {
    'queue.snapshot': ({ entries, presence }) => {
      queue.replaceAll(entries, presence);
      entries.forEach(alertIfUrgent);
    },
    'queue.updated': ({ entry }) => {
      conversation.onQueueEntry(entry);
      queue.upsert(entry);
      alertIfUrgent(entry);
    },
    'queue.removed': ({ handoffId }) => {
      const entry = queue.entries.peek().find((e) => e.handoffId === handoffId);
      conversation.onQueueRemoved(handoffId);
      queue.remove(handoffId);
      if (entry) alerts.dismissUrgent(entry.conversationId);
    },
    'presence.updated': ({ presence }) => queue.setPresence(presence),
    'handoff.claimed': ({ handoffId, by, byName }) => queue.markClaimed(handoffId, by, byName),
    'conversation.detail': ({ detail }) => conversation.onDetail(detail),
    'message.created': ({ message }) => conversation.onMessage(message),
    'message.acked': ({ clientMessageId }) => conversation.onAcked(clientMessageId),
    'typing.updated': ({ conversationId, typing }) => conversation.onTyping(conversationId, typing),
    'family.presence': ({ conversationId, online }) => {
      conversation.onFamilyPresence(conversationId, online);
      queue.setFamilyOnline(conversationId, online);
    },
    // The banner names the card only: the frame's phrase is pattern syntax, and the family's own
    // words are shown, highlighted, in the urgent lane.
    'safeguarding.alert': ({ conversationId, severity }) => {
      const locality = queue.entryFor(conversationId)?.locality;
      alerts.raise({ conversationId, kind: 'safeguarding', severity, ...(locality ? { locality } : {}) });
    },
    'urgent.snapshot': ({ alerts: open }) => urgent.replaceAll(open),
    'urgent.raised': ({ alert }) => urgent.upsert(alert),
    'urgent.acknowledged': ({ acknowledged }) => {
      urgent.remove(acknowledged);
      alerts.dismiss(acknowledged.conversationId);
    },
    'family.handoff': ({ conversationId, handoff }) => conversation.onFamilyHandoff(conversationId, handoff),
    error: (frame) => {
      if (!conversation.onError(frame)) notice.value = frame.code;
    },
  };

  const stopRouteSync = effect(() => {
    const route = router.route.value;
    if (route.view !== 'queue') return;
    if (route.conversationId) conversation.open(route.conversationId);
    else conversation.close();
  });
  const stopCallbackRefresh = effect(() => {
    if (router.route.value.view !== 'callbacks') return;
    void callbacks.load();
    const timer = setInterval(() => void callbacks.load(), CALLBACK_REFRESH_MS);
    return () => clearInterval(timer);
  });
  // A new conversation starts with a clean enquiry form: no reference or error from the last family.
  const stopConsentReset = effect(() => {
    conversation.conversationId.value;
    consentWork.reset();
  });
  const stopEnquiryLoad = effect(() => {
    const route = router.route.value;
    if (route.view !== 'enquiries') return;
    if (route.enquiryId) void enquiries.open(route.enquiryId);
    else void enquiries.load();
  });
  const stopConversationsLoad = effect(() => {
    const route = router.route.value;
    if (route.view !== 'conversations') return;
    if (route.conversationId) void conversations.open(route.conversationId);
    else if (conversations.state.peek() === 'idle') void conversations.search(conversations.filters.peek());
  });
  const stopManagerLoad = effect(() => {
    if (router.route.value.view === 'manager') manager?.loadAll();
  });
  socket.start();
  void callbacks.load();

  return {
    me,
    connection,
    clock,
    filter,
    queue,
    urgent,
    conversation,
    callbacks,
    router,
    consentWork,
    enquiries,
    conversations,
    manager,
    notice,
    dismissNotice: () => (notice.value = null),
    openConversation: (conversationId) => router.go({ view: 'queue', conversationId }),
    closeConversation() {
      conversation.close();
      router.go({ view: 'queue' });
    },
    claim(entry) {
      router.go({ view: 'queue', conversationId: entry.conversationId });
      conversation.open(entry.conversationId);
      conversation.claim();
    },
    stop() {
      stopRouteSync();
      stopCallbackRefresh();
      stopConsentReset();
      stopEnquiryLoad();
      stopManagerLoad();
      stopConversationsLoad();
      socket.stop();
      clock.stop();
      router.stop();
      conversation.close();
    },
  };
}

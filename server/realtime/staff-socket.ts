import type { AppContext } from '../app-context.js';
import { isSessionLive, type StaffRow } from '../auth/index.js';
import { conversationDetail, sendStaffMessage } from '../conversations/index.js';
import { requestConsent } from '../enquiries/index.js';
import { claimHandoff, endHandoff, openHandoffsInQueueOrder, publishWaitingViews, queueEntry, releaseHandoff, transferHandoff } from '../handoff/index.js';
import { StaffClientFrame, type StaffServerFrame } from '../protocol/index.js';
import { subscribeUrgentLane } from '../urgent-lane/index.js';
import { errorFrame, parseFrame, rawClientMessageId } from './frames.js';
import { describeError } from '../logging/index.js';
import type { RawData } from 'ws';
import type { ProtectedSocket } from './socket-guard.js';
import { serialQueue } from './serial-queue.js';
import { StaffScope } from './staff-scope.js';

type Frame<T extends StaffClientFrame['type']> = Extract<StaffClientFrame, { type: T }>;

/** The console's close code for "sign in again" (also used by the upgrade). */
export const CLOSE_UNAUTHENTICATED = 4401;

/**
 * One console connection of a signed-in hub worker or manager (the upgrade already checked the
 * session and role). The event table maps each frame type to one verb; every broadcast goes
 * through the socket's StaffScope, so the socket only ever receives what its role and hub may see.
 */
export function handleStaffSocket(ctx: AppContext, guarded: ProtectedSocket, actor: StaffRow, sessionId: string, early: readonly RawData[] = []): void {
  const { socket } = guarded;
  const reply = (frame: StaffServerFrame) => guarded.send(frame);
  const scope = new StaffScope(ctx, actor);
  const actorArgs = { ctx, actor };
  let lastActivity = ctx.now().getTime();

  const events: { [T in StaffClientFrame['type']]: (frame: Frame<T>) => void | Promise<void> } = {
    'handoff.claim': async ({ handoffId }) => void (await claimHandoff({ ...actorArgs, handoffId })),
    'handoff.release': ({ handoffId }) => releaseHandoff({ ...actorArgs, handoffId }),
    'handoff.transfer': ({ handoffId, locality }) => transferHandoff({ ...actorArgs, handoffId, locality }),
    'handoff.end': ({ handoffId }) => endHandoff({ ...actorArgs, handoffId }),
    'conversation.open': async ({ conversationId }) => {
      const detail = await conversationDetail({ ...actorArgs, conversationId });
      scope.watch(conversationId);
      reply({ type: 'conversation.detail', detail });
    },
    'message.send': async ({ conversationId, clientMessageId, text }) => {
      const message = await sendStaffMessage({ ...actorArgs, conversationId, clientMessageId, content: { kind: 'text', text } });
      reply({ type: 'message.acked', clientMessageId, messageId: message.id });
    },
    'quick-reply.send': async ({ conversationId, clientMessageId, key }) => {
      const content = { kind: 'localised' as const, text: { key } };
      const message = await sendStaffMessage({ ...actorArgs, conversationId, clientMessageId, content });
      reply({ type: 'message.acked', clientMessageId, messageId: message.id });
    },
    'typing.update': ({ conversationId, typing }) => {
      if (scope.isWatching(conversationId)) ctx.bus.publish('typing.updated', conversationId, 'staff', typing, actor.displayName);
    },
    'consent.request': async ({ conversationId }) => void (await requestConsent({ ...actorArgs, conversationId })),
  };

  // Frames in and events out share one queue, so the console sees things in the order they were
  // published (only a session ending acts at once).
  const inOrder = serialQueue((error) => ctx.log.error({ err: describeError(error) }, 'staff socket task failed'));
  const unsubscribe = [
    ctx.bus.subscribe('queue.updated', (entry) =>
      inOrder(() => {
        for (const frame of scope.queueUpdate(entry)) reply(frame);
      }),
    ),
    ctx.bus.subscribe('queue.removed', (handoffId) =>
      inOrder(() => {
        if (scope.forgetHandoff(handoffId)) reply({ type: 'queue.removed', handoffId });
      }),
    ),
    ctx.bus.subscribe('presence.changed', () => inOrder(() => reply({ type: 'presence.updated', presence: scope.presence() }))),
    ctx.bus.subscribe('handoff.claimed', (handoffId, by, byName) =>
      inOrder(() => {
        if (scope.knowsHandoff(handoffId)) reply({ type: 'handoff.claimed', handoffId, by, byName });
      }),
    ),
    ctx.bus.subscribe('safeguarding.alert', (conversationId, severity, phrase) =>
      inOrder(async () => {
        if (await scope.maySeeAlert(conversationId)) reply({ type: 'safeguarding.alert', conversationId, severity, phrase });
      }),
    ),
    ctx.bus.subscribe('family.presence', (conversationId, online) =>
      inOrder(() => {
        if (scope.knowsConversation(conversationId)) reply({ type: 'family.presence', conversationId, online });
      }),
    ),
    ctx.bus.subscribe('handoff.changed', (conversationId, handoff) =>
      inOrder(async () => {
        // A transfer away or an ended access stops the watch here, before anything else is sent.
        if (await scope.recheckWatch(conversationId)) reply({ type: 'family.handoff', conversationId, handoff });
      }),
    ),
    ctx.bus.subscribe('message.created', (message) =>
      inOrder(() => {
        if (scope.isWatching(message.conversationId)) reply({ type: 'message.created', message });
      }),
    ),
    ctx.bus.subscribe('typing.updated', (conversationId, from, typing) =>
      inOrder(() => {
        if (from === 'family' && scope.isWatching(conversationId)) reply({ type: 'typing.updated', conversationId, typing });
      }),
    ),
    ctx.bus.subscribe('session.ended', (ended) => {
      if (ended === sessionId) socket.close(CLOSE_UNAUTHENTICATED, 'signed out');
    }),
  ];

  // Expiry, a session deleted without an event, and inactivity are caught on the heartbeat.
  guarded.onHeartbeat(async () => {
    const now = ctx.now();
    if (!(await isSessionLive(ctx.db, sessionId, now))) socket.close(CLOSE_UNAUTHENTICATED, 'session ended');
    else if (now.getTime() - lastActivity > guarded.limits.staffIdleMs) socket.close(CLOSE_UNAUTHENTICATED, 'idle');
    else inOrder(() => scope.recheckWatches());
  });

  ctx.presence.join({ id: actor.id, name: actor.displayName, locality: actor.locality });
  ctx.bus.publish('presence.changed');
  // The snapshot is the queue's first task, so every frame and event is handled after it.
  inOrder(async () => {
    await publishWaitingViews(ctx);
    const entries = [];
    for (const row of await openHandoffsInQueueOrder(ctx.db)) entries.push(...scope.snapshotEntry(await queueEntry(ctx, row.handoff)));
    reply({ type: 'queue.snapshot', entries, presence: scope.presence() });
  });
  unsubscribe.push(subscribeUrgentLane(ctx, actor, reply, inOrder));

  const onFrame = (raw: RawData) => {
    if (!guarded.admit(raw)) {
      const id = rawClientMessageId(raw);
      return guarded.sendRefusal({ type: 'error', code: 'rate-limited', message: 'Too many actions at once.', ...(id ? { clientMessageId: id } : {}) });
    }
    lastActivity = ctx.now().getTime();
    const parsed = parseFrame(StaffClientFrame, raw);
    if (!parsed.ok) {
      const { code, message, clientMessageId } = parsed;
      return reply({ type: 'error', code, message, ...(clientMessageId ? { clientMessageId } : {}) });
    }
    const { frame } = parsed;
    inOrder(async () => {
      try {
        await (events[frame.type] as (frame: StaffClientFrame) => void | Promise<void>)(frame);
      } catch (error) {
        reply(errorFrame(error, 'clientMessageId' in frame ? frame.clientMessageId : undefined));
      }
    });
  };
  for (const raw of early) onFrame(raw);
  socket.on('message', onFrame);

  socket.on('close', () => {
    for (const stop of unsubscribe) stop();
    ctx.presence.leave(actor.id);
    ctx.bus.publish('presence.changed');
    publishWaitingViews(ctx).catch((error: unknown) => ctx.log.error({ err: describeError(error) }, 'waiting views not published'));
  });
}

import type { WebSocket } from 'ws';
import type { AppContext } from '../app-context.js';
import type { StaffRow } from '../auth/index.js';
import { conversationDetail, sendStaffMessage } from '../conversations/index.js';
import { requestConsent } from '../enquiries/index.js';
import { claimHandoff, endHandoff, openHandoffsInQueueOrder, publishWaitingViews, queueEntry, releaseHandoff, transferHandoff } from '../handoff/index.js';
import { StaffClientFrame, type StaffServerFrame } from '../protocol/index.js';
import { subscribeUrgentLane } from '../urgent-lane/index.js';
import { errorFrame, parseFrame, rateLimiter, send } from './frames.js';

type Frame<T extends StaffClientFrame['type']> = Extract<StaffClientFrame, { type: T }>;

/**
 * One console connection of a signed-in hub worker or manager (the upgrade already checked the
 * session and role). The event table maps each frame type to one verb.
 */
export function handleStaffSocket(ctx: AppContext, socket: WebSocket, actor: StaffRow): void {
  const reply = (frame: StaffServerFrame) => send(socket, frame);
  const allow = rateLimiter(20, 60);
  const watching = new Set<string>();
  const actorArgs = { ctx, actor };

  const events: { [T in StaffClientFrame['type']]: (frame: Frame<T>) => void } = {
    'handoff.claim': ({ handoffId }) => void claimHandoff({ ...actorArgs, handoffId }),
    'handoff.release': ({ handoffId }) => releaseHandoff({ ...actorArgs, handoffId }),
    'handoff.transfer': ({ handoffId, locality }) => transferHandoff({ ...actorArgs, handoffId, locality }),
    'handoff.end': ({ handoffId }) => endHandoff({ ...actorArgs, handoffId }),
    'conversation.open': ({ conversationId }) => {
      const detail = conversationDetail({ ...actorArgs, conversationId });
      watching.add(conversationId);
      reply({ type: 'conversation.detail', detail });
    },
    'message.send': ({ conversationId, clientMessageId, text }) => {
      const message = sendStaffMessage({ ...actorArgs, conversationId, clientMessageId, content: { kind: 'text', text } });
      reply({ type: 'message.acked', clientMessageId, messageId: message.id });
    },
    'quick-reply.send': ({ conversationId, clientMessageId, key }) => {
      const content = { kind: 'localised' as const, text: { key } };
      const message = sendStaffMessage({ ...actorArgs, conversationId, clientMessageId, content });
      reply({ type: 'message.acked', clientMessageId, messageId: message.id });
    },
    'typing.update': ({ conversationId, typing }) => {
      if (watching.has(conversationId)) ctx.bus.publish('typing.updated', conversationId, 'staff', typing, actor.displayName);
    },
    'consent.request': ({ conversationId }) => void requestConsent({ ...actorArgs, conversationId }),
  };

  const unsubscribe = [
    ctx.bus.subscribe('queue.updated', (entry) => reply({ type: 'queue.updated', entry })),
    ctx.bus.subscribe('queue.removed', (handoffId) => reply({ type: 'queue.removed', handoffId })),
    ctx.bus.subscribe('presence.changed', () => reply({ type: 'presence.updated', presence: ctx.presence.byHub() })),
    ctx.bus.subscribe('handoff.claimed', (handoffId, by, byName) => reply({ type: 'handoff.claimed', handoffId, by, byName })),
    ctx.bus.subscribe('safeguarding.alert', (conversationId, severity, phrase) =>
      reply({ type: 'safeguarding.alert', conversationId, severity, phrase }),
    ),
    ctx.bus.subscribe('family.presence', (conversationId, online) => reply({ type: 'family.presence', conversationId, online })),
    ctx.bus.subscribe('handoff.changed', (conversationId, handoff) => {
      if (watching.has(conversationId)) reply({ type: 'family.handoff', conversationId, handoff });
    }),
    ctx.bus.subscribe('message.created', (message) => {
      if (watching.has(message.conversationId)) reply({ type: 'message.created', message });
    }),
    ctx.bus.subscribe('typing.updated', (conversationId, from, typing) => {
      if (from === 'family' && watching.has(conversationId)) reply({ type: 'typing.updated', conversationId, typing });
    }),
  ];

  ctx.presence.join({ id: actor.id, name: actor.displayName, locality: actor.locality });
  ctx.bus.publish('presence.changed');
  publishWaitingViews(ctx);
  reply({
    type: 'queue.snapshot',
    entries: openHandoffsInQueueOrder(ctx.db).map((row) => queueEntry(ctx, row.handoff)),
    presence: ctx.presence.byHub(),
  });
  unsubscribe.push(subscribeUrgentLane(ctx, actor, reply));

  socket.on('message', (raw) => {
    if (!allow()) return reply({ type: 'error', code: 'rate-limited', message: 'Too many actions at once.' });
    const parsed = parseFrame(StaffClientFrame, raw);
    if (!parsed.ok) return reply({ type: 'error', code: 'bad-frame', message: parsed.message });
    try {
      (events[parsed.frame.type] as (frame: StaffClientFrame) => void)(parsed.frame);
    } catch (error) {
      reply(errorFrame(error, 'clientMessageId' in parsed.frame ? parsed.frame.clientMessageId : undefined));
    }
  });

  socket.on('close', () => {
    for (const stop of unsubscribe) stop();
    ctx.presence.leave(actor.id);
    ctx.bus.publish('presence.changed');
    publishWaitingViews(ctx);
  });
}

import type { AppContext } from '../app-context.js';
import { changeLanguage, receiveFamilyInput, resumeConversation } from '../conversations/index.js';
import { answerConsent, withdrawConsent } from '../enquiries/index.js';
import { familyHandoffView, requestCallback } from '../handoff/index.js';
import { WidgetClientFrame, type WidgetServerFrame } from '../protocol/index.js';
import { errorFrame, parseFrame, rawClientMessageId } from './frames.js';
import { describeError } from '../logging/index.js';
import type { ProtectedSocket } from './socket-guard.js';
import { serialQueue } from './serial-queue.js';

type Frame<T extends WidgetClientFrame['type']> = Extract<WidgetClientFrame, { type: T }>;

/** One family's widget connection. Every frame is validated; nothing is acted on before `conversation.resume`. */
export function handleWidgetSocket(ctx: AppContext, guarded: ProtectedSocket): void {
  const { socket } = guarded;
  let conversationId: string | undefined;
  const unsubscribe: (() => void)[] = [];
  const reply = (frame: WidgetServerFrame) => guarded.send(frame);
  const inOrder = serialQueue((error) => ctx.log.error({ err: describeError(error) }, 'widget frame failed'));

  function follow(id: string): void {
    unsubscribe.push(
      ctx.bus.subscribeToConversation('message.created', id, (message) => reply({ type: 'message.created', message })),
      ctx.bus.subscribeToConversation('handoff.changed', id, (_, handoff) => reply({ type: 'handoff.updated', handoff })),
      ctx.bus.subscribeToConversation('typing.updated', id, (_, from, typing, name) => {
        if (from === 'staff') reply({ type: 'typing.updated', typing, ...(name ? { name } : {}) });
      }),
      // The device's token no longer matches: a reconnect with it starts a new conversation.
      ctx.bus.subscribe('family.access.ended', (cid) => {
        if (cid === id) socket.close(1000, 'access ended');
      }),
    );
    if (ctx.families.connect(id)) ctx.bus.publish('family.presence', id, true);
  }

  // Every handler but resume runs only once the socket has joined a conversation (checked below).
  const events: { [T in WidgetClientFrame['type']]: (frame: Frame<T>, id: string) => void | Promise<void> } = {
    async 'conversation.resume'(frame) {
      if (conversationId) return reply({ type: 'error', code: 'conflict', message: 'This connection already joined a conversation.' });
      const result = await resumeConversation(ctx, frame, guarded.takeConversation);
      conversationId = result.conversation.id;
      follow(conversationId);
      reply({
        type: 'conversation.ready',
        conversationId,
        token: result.token ?? frame.token ?? '',
        language: result.conversation.language,
        ...(result.conversation.fallbackLanguage ? { fallbackLanguage: result.conversation.fallbackLanguage } : {}),
        messages: result.messages,
        handoff: await familyHandoffView(ctx, conversationId),
        ended: result.conversation.endedAt !== null,
      });
    },
    async 'message.send'(frame, id) {
      acknowledge(await receiveFamilyInput(ctx, id, { kind: 'text', clientMessageId: frame.clientMessageId, text: frame.text }));
    },
    async 'answer.send'(frame, id) {
      const { clientMessageId, nodeId, values } = frame;
      acknowledge(await receiveFamilyInput(ctx, id, { kind: 'answer', clientMessageId, nodeId, values }));
    },
    async 'handoff.request'(frame, id) {
      acknowledge(await receiveFamilyInput(ctx, id, { kind: 'handoff-request', clientMessageId: frame.clientMessageId }));
    },
    async 'callback.request'(frame, id) {
      acknowledge(await requestCallback(ctx, id, frame));
    },
    'typing.update'(frame, id) {
      ctx.bus.publish('typing.updated', id, 'family', frame.typing);
    },
    async 'language.change'(frame, id) {
      await changeLanguage(ctx, id, frame);
    },
    async 'consent.answer'({ clientMessageId, consentId, answer }, id) {
      acknowledge(await answerConsent(ctx, id, { clientMessageId, consentId, answer }));
    },
    async 'consent.withdraw'({ clientMessageId, consentId }, id) {
      const { stored } = await withdrawConsent(ctx, { conversationId: id, consentId, by: 'family', clientMessageId });
      if (stored) acknowledge({ stored });
    },
    'conversation.leave'() {
      socket.close(1000, 'left');
    },
  };

  function acknowledge(result: { stored: { id: string; seq: number; clientMessageId?: string } }): void {
    const { id, seq, clientMessageId } = result.stored;
    reply({ type: 'message.acked', clientMessageId: clientMessageId ?? '', messageId: id, seq });
  }

  socket.on('message', (raw) => {
    if (!guarded.admit(raw)) {
      // The refusal names the frame so the widget keeps it and resends it, in order, later.
      const id = rawClientMessageId(raw);
      return guarded.sendRefusal({ type: 'error', code: 'rate-limited', message: 'Too many messages at once. Please slow down.', ...(id ? { clientMessageId: id } : {}) });
    }
    const parsed = parseFrame(WidgetClientFrame, raw);
    if (!parsed.ok) {
      const { code, message, clientMessageId } = parsed;
      return reply({ type: 'error', code, message, ...(clientMessageId ? { clientMessageId } : {}) });
    }
    const frame = parsed.frame;
    inOrder(() =>
      guarded.timed(async () => {
        // Checked when the frame's turn comes: a resume sent just before it may have joined by then.
        if (frame.type !== 'conversation.resume' && !conversationId) {
          return reply({ type: 'error', code: 'not-ready', message: 'Send conversation.resume first.' });
        }
        try {
          await (events[frame.type] as (f: WidgetClientFrame, id: string) => void | Promise<void>)(frame, conversationId ?? '');
        } catch (error) {
          reply(errorFrame(error, 'clientMessageId' in frame ? frame.clientMessageId : undefined));
        }
      }),
    );
  });

  socket.on('close', () => {
    for (const stop of unsubscribe) stop();
    if (conversationId && ctx.families.disconnect(conversationId)) ctx.bus.publish('family.presence', conversationId, false);
  });
}

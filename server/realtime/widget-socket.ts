import type { AppContext } from '../app-context.js';
import { changeLanguage, receiveFamilyInput, resumeConversation } from '../conversations/index.js';
import { answerConsent, withdrawConsent } from '../enquiries/index.js';
import { familyHandoffView, requestCallback } from '../handoff/index.js';
import { WidgetClientFrame, type WidgetServerFrame } from '../protocol/index.js';
import { errorFrame, parseFrame, rawClientMessageId } from './frames.js';
import type { ProtectedSocket } from './socket-guard.js';

type Frame<T extends WidgetClientFrame['type']> = Extract<WidgetClientFrame, { type: T }>;

/** One family's widget connection. Every frame is validated; nothing is acted on before `conversation.resume`. */
export function handleWidgetSocket(ctx: AppContext, guarded: ProtectedSocket): void {
  const { socket } = guarded;
  let conversationId: string | undefined;
  const unsubscribe: (() => void)[] = [];
  const reply = (frame: WidgetServerFrame) => guarded.send(frame);

  function follow(id: string): void {
    unsubscribe.push(
      ctx.bus.subscribe('message.created', (message) => {
        if (message.conversationId === id) reply({ type: 'message.created', message });
      }),
      ctx.bus.subscribe('handoff.changed', (cid, handoff) => {
        if (cid === id) reply({ type: 'handoff.updated', handoff });
      }),
      ctx.bus.subscribe('typing.updated', (cid, from, typing, name) => {
        if (cid === id && from === 'staff') reply({ type: 'typing.updated', typing, ...(name ? { name } : {}) });
      }),
    );
    if (ctx.families.connect(id)) ctx.bus.publish('family.presence', id, true);
  }

  // Every handler but resume runs only once the socket has joined a conversation (checked below).
  const events: { [T in WidgetClientFrame['type']]: (frame: Frame<T>, id: string) => void } = {
    'conversation.resume'(frame) {
      if (conversationId) return reply({ type: 'error', code: 'conflict', message: 'This connection already joined a conversation.' });
      const result = resumeConversation(ctx, frame, guarded.takeConversation);
      conversationId = result.conversation.id;
      follow(conversationId);
      reply({
        type: 'conversation.ready',
        conversationId,
        token: result.token ?? frame.token ?? '',
        language: result.conversation.language,
        ...(result.conversation.fallbackLanguage ? { fallbackLanguage: result.conversation.fallbackLanguage } : {}),
        messages: result.messages,
        handoff: familyHandoffView(ctx, conversationId),
        ended: result.conversation.endedAt !== null,
      });
    },
    'message.send'(frame, id) {
      acknowledge(receiveFamilyInput(ctx, id, { kind: 'text', clientMessageId: frame.clientMessageId, text: frame.text }));
    },
    'answer.send'(frame, id) {
      const { clientMessageId, nodeId, values } = frame;
      acknowledge(receiveFamilyInput(ctx, id, { kind: 'answer', clientMessageId, nodeId, values }));
    },
    'handoff.request'(frame, id) {
      acknowledge(receiveFamilyInput(ctx, id, { kind: 'handoff-request', clientMessageId: frame.clientMessageId }));
    },
    'callback.request'(frame, id) {
      acknowledge(requestCallback(ctx, id, frame));
    },
    'typing.update'(frame, id) {
      ctx.bus.publish('typing.updated', id, 'family', frame.typing);
    },
    'language.change'(frame, id) {
      changeLanguage(ctx, id, frame);
    },
    'consent.answer'({ clientMessageId, consentId, answer }, id) {
      acknowledge(answerConsent(ctx, id, { clientMessageId, consentId, answer }));
    },
    'consent.withdraw'({ clientMessageId, consentId }, id) {
      const { stored } = withdrawConsent(ctx, { conversationId: id, consentId, by: 'family', clientMessageId });
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
    if (frame.type !== 'conversation.resume' && !conversationId) {
      return reply({ type: 'error', code: 'not-ready', message: 'Send conversation.resume first.' });
    }
    guarded.timed(() => {
      try {
        (events[frame.type] as (f: WidgetClientFrame, id: string) => void)(frame, conversationId ?? '');
      } catch (error) {
        reply(errorFrame(error, 'clientMessageId' in frame ? frame.clientMessageId : undefined));
      }
    });
  });

  socket.on('close', () => {
    for (const stop of unsubscribe) stop();
    if (conversationId && ctx.families.disconnect(conversationId)) ctx.bus.publish('family.presence', conversationId, false);
  });
}

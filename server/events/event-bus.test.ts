import { describe, expect, it } from 'vitest';
import type { Message } from '../protocol/index.js';
import { EventBus } from './event-bus.js';

const message = (conversationId: string, seq: number): Message => ({
  id: `m-${conversationId}-${seq}`,
  conversationId,
  seq,
  author: 'family',
  content: { kind: 'text', text: 'hello' },
  createdAt: '2026-11-30T10:00:00.000Z',
});

describe('the event bus, indexed by conversation', () => {
  it("delivers a conversation's events only to that conversation's listeners, and everything to plain subscribers", () => {
    const bus = new EventBus();
    const got: string[] = [];
    bus.subscribeToConversation('message.created', 'a', (m) => got.push(`a:${m.id}`));
    bus.subscribeToConversation('message.created', 'b', (m) => got.push(`b:${m.id}`));
    bus.subscribeToConversation('typing.updated', 'a', (_, from, typing) => got.push(`a:typing:${from}:${typing}`));
    bus.subscribe('message.created', (m) => got.push(`all:${m.id}`));

    bus.publish('message.created', message('a', 1));
    bus.publish('typing.updated', 'b', 'staff', true);
    bus.deliverRemote('message.created', [message('b', 2)]);
    bus.publish('typing.updated', 'a', 'family', true);

    expect(got).toEqual(['all:m-a-1', 'a:m-a-1', 'all:m-b-2', 'b:m-b-2', 'a:typing:family:true']);
  });

  it('stops delivering once unsubscribed, leaving the other listeners of the conversation', () => {
    const bus = new EventBus();
    const got: string[] = [];
    const stopFirst = bus.subscribeToConversation('handoff.changed', 'a', () => got.push('first'));
    bus.subscribeToConversation('handoff.changed', 'a', () => got.push('second'));
    stopFirst();
    bus.publish('handoff.changed', 'a', { status: 'none' } as never);
    expect(got).toEqual(['second']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ConversationDetail, QueueEntry, StaffClientFrame } from '../../server/protocol/index.js';
import { createConversationModel } from './conversation-model.js';
import { createHubFilterModel } from './hub-filter-model.js';
import { createQueueModel } from './queue-model.js';

const me = { id: 'me', displayName: 'Sam', role: 'staff' as const, locality: 'east', languages: ['en'] };
const waiting: QueueEntry = {
  handoffId: 'h1',
  conversationId: 'c1',
  locality: 'east',
  status: 'waiting',
  urgent: false,
  requestedAt: '2026-01-05T10:00:00.000Z',
  language: 'ur',
  familyOnline: true,
  needs: ['housing'],
};
const detail: ConversationDetail = {
  conversationId: 'c1',
  language: 'ur',
  summary: { childAges: [], needs: ['housing'], locality: 'east' },
  urgent: false,
  safeguarding: [],
  familyOnline: true,
  messages: [],
  handoff: { id: 'h1', status: 'waiting', locality: 'east' },
};

function setup(online = true) {
  const sent: StaffClientFrame[] = [];
  const connection = { online };
  const queue = createQueueModel(createHubFilterModel('me', 'east'));
  queue.replaceAll([waiting], {});
  const conversation = createConversationModel({ send: (f) => (connection.online ? (sent.push(f), true) : false), queue, me });
  return { sent, queue, conversation, connection };
}

describe('conversation model', () => {
  it('claims, confirms from the queue update, then chats', () => {
    const { sent, queue, conversation } = setup();
    conversation.open('c1');
    conversation.onDetail(detail);
    conversation.claim();
    expect(sent.map((f) => f.type)).toEqual(['conversation.open', 'handoff.claim']);
    expect(conversation.send('hello')).toBe(false);

    const claimed = { ...waiting, status: 'active' as const, claimedBy: 'me', claimedByName: 'Sam' };
    conversation.onQueueEntry(claimed);
    queue.upsert(claimed);
    expect(conversation.feedback.value).toEqual({ action: 'claim', outcome: 'done' });
    expect(conversation.holdsHandoff.value).toBe(true);

    expect(conversation.send('  hello  ')).toBe(true);
    const frame = sent.at(-1) as Extract<StaffClientFrame, { type: 'message.send' }>;
    expect(frame).toMatchObject({ type: 'message.send', conversationId: 'c1', text: 'hello' });
    expect(conversation.pending.value.map((p) => p.state)).toEqual(['sending']);

    conversation.onAcked(frame.clientMessageId);
    expect(conversation.pending.value.map((p) => p.state)).toEqual(['sent']);
    conversation.onMessage({
      id: 'm1',
      conversationId: 'c1',
      seq: 1,
      author: 'staff',
      clientMessageId: frame.clientMessageId,
      content: { kind: 'text', text: 'hello' },
      createdAt: '2026-01-05T10:01:00.000Z',
    });
    expect(conversation.pending.value).toEqual([]);
    expect(conversation.messages.value.map((m) => m.id)).toEqual(['m1']);
  });

  it('reports a lost claim race', () => {
    const { conversation } = setup();
    conversation.open('c1');
    conversation.claim();
    expect(conversation.onError({ type: 'error', code: 'conflict', message: 'Aisha has it' })).toBe(true);
    expect(conversation.feedback.value).toEqual({ action: 'claim', outcome: 'failed', reason: 'conflict' });
  });

  it('keeps messages typed offline and resends them with the same id on reconnect', () => {
    const { sent, queue, conversation, connection } = setup();
    queue.upsert({ ...waiting, status: 'active', claimedBy: 'me' });
    conversation.open('c1');
    connection.online = false;
    conversation.send('are you there?');
    expect(conversation.pending.value.map((p) => p.state)).toEqual(['sending']);
    connection.online = true;
    conversation.resync();
    const resent = sent.filter((f) => f.type === 'message.send');
    expect(sent.map((f) => f.type)).toEqual(['conversation.open', 'conversation.open', 'message.send']);
    expect(resent[0]).toMatchObject({ clientMessageId: conversation.pending.value[0]!.frame.clientMessageId });
  });

  it('remembers an ended handoff after it leaves the queue', () => {
    const { queue, conversation } = setup();
    queue.upsert({ ...waiting, status: 'active', claimedBy: 'me' });
    conversation.open('c1');
    conversation.end();
    conversation.onQueueRemoved('h1');
    queue.remove('h1');
    expect(conversation.handoff.value?.status).toBe('ended');
    expect(conversation.feedback.value).toEqual({ action: 'end', outcome: 'done' });
  });
});

import { describe, expect, it } from 'vitest';
import type { Message, MessageContent } from '../../server/protocol/index.js';
import { findActivePrompt, mergeMessages, pendingAsMessage, unechoed } from './message-log.js';

const at = (seq: number, author: Message['author'], content: MessageContent, extra: Partial<Message> = {}): Message => ({
  id: `m${seq}`,
  conversationId: 'c',
  seq,
  author,
  content,
  createdAt: '2026-01-01T00:00:00Z',
  ...extra,
});
const choice = (nodeId: string): MessageContent => ({
  kind: 'prompt',
  nodeId,
  prompt: { key: `flows:${nodeId}` },
  input: 'choice',
  options: [{ value: 'a', label: 'x:a' }],
});
const typed: MessageContent = { kind: 'prompt', nodeId: 'words', prompt: { key: 'flows:words' }, input: 'free-text' };

describe('mergeMessages', () => {
  it('deduplicates by id and orders by seq', () => {
    const merged = mergeMessages([at(2, 'bot', choice('b')), at(1, 'bot', choice('a'))], [at(2, 'bot', choice('b')), at(3, 'bot', choice('c'))]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });
});

describe('findActivePrompt', () => {
  it('is the last prompt with no family answer after it', () => {
    const log = [at(1, 'bot', choice('who')), at(2, 'family', { kind: 'answer', nodeId: 'who', values: ['a'], labels: [] }), at(3, 'bot', choice('ages'))];
    expect(findActivePrompt(log, [])?.id).toBe('m3');
    expect(findActivePrompt(log.slice(0, 2), [])).toBeNull();
  });

  it('counts typed text as the answer to a free-text prompt only', () => {
    expect(findActivePrompt([at(1, 'bot', typed), at(2, 'family', { kind: 'text', text: 'hi' })], [])).toBeNull();
    expect(findActivePrompt([at(1, 'bot', choice('who')), at(2, 'family', { kind: 'text', text: 'hi' })], [])?.id).toBe('m1');
  });

  it('treats a frame still in the outbox as an answer, so controls do not come back offline', () => {
    const frame = { type: 'answer.send' as const, clientMessageId: 'cmid-0001', nodeId: 'who', values: ['a'] };
    expect(findActivePrompt([at(1, 'bot', choice('who'))], [frame])).toBeNull();
  });

  it('reactivates a prompt the server asks again after a rejected answer', () => {
    const log = [at(1, 'bot', typed), at(2, 'family', { kind: 'text', text: 'x' }), at(3, 'bot', typed)];
    expect(findActivePrompt(log, [])?.id).toBe('m3');
  });
});

describe('pending messages', () => {
  const entry = { frame: { type: 'message.send' as const, clientMessageId: 'cmid-0002', text: 'hello' } };

  it('are hidden once the server echoes their client id', () => {
    expect(unechoed([entry], [])).toHaveLength(1);
    expect(unechoed([entry], [at(1, 'family', { kind: 'text', text: 'hello' }, { clientMessageId: 'cmid-0002' })])).toHaveLength(0);
  });

  it('are drawn as family messages keyed by client id', () => {
    expect(pendingAsMessage(entry)).toMatchObject({ author: 'family', clientMessageId: 'cmid-0002', content: { kind: 'text', text: 'hello' } });
    expect(pendingAsMessage({ frame: { type: 'handoff.request', clientMessageId: 'cmid-0003' } })).toBeNull();
  });
});

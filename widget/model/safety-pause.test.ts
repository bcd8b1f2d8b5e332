import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../server/protocol/index.js';
import { createSafetyPause } from './safety-pause.js';

const text = (seq: number): Message => ({ id: `m${seq}`, conversationId: 'c', seq, author: 'family', content: { kind: 'text', text: 'hi' }, createdAt: '2026-11-24T11:00:00Z' });
const card = (seq: number): Message => ({
  id: `m${seq}`,
  conversationId: 'c',
  seq,
  author: 'bot',
  content: { kind: 'safeguarding', outOfHours: false, route: { severity: 'immediate-danger', title: 't', body: 'b', contacts: [] } },
  createdAt: '2026-11-24T11:00:00Z',
});

describe('safety pause', () => {
  it('pauses for a live card until the family continues, and again for the next live card', () => {
    const messages = signal<Message[]>([text(1)]);
    const pause = createSafetyPause(messages, signal<number | null>(0));
    expect(pause.paused.value).toBe(false);
    messages.value = [text(1), card(2)];
    expect(pause.paused.value).toBe(true);
    pause.resume();
    expect(pause.paused.value).toBe(false);
    messages.value = [text(1), card(2), text(3), card(4)];
    expect(pause.paused.value).toBe(true);
  });

  it('does not pause for cards in resumed history', () => {
    const pause = createSafetyPause(signal<Message[]>([text(1), card(2)]), signal<number | null>(2));
    expect(pause.paused.value).toBe(false);
  });
});

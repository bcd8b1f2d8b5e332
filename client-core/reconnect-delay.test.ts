import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-delay.js';

describe('reconnectDelay', () => {
  it('grows exponentially, keeps a floor and is capped', () => {
    expect(reconnectDelay(0, 0)).toBe(500);
    expect(reconnectDelay(0, 1)).toBe(1000);
    expect(reconnectDelay(3, 0)).toBe(4000);
    expect(reconnectDelay(20, 1)).toBe(30000);
  });
});

import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route-model.js';

describe('routes', () => {
  it('round-trips views and conversation ids through the address', () => {
    for (const route of [{ view: 'callbacks' as const }, { view: 'queue' as const }, { view: 'queue' as const, conversationId: '7d3bdc8d-40b2-431a-87f8-3d52c6fa20c2' }, { view: 'enquiries' as const }, { view: 'enquiries' as const, enquiryId: 'b1c2' }, { view: 'manager' as const }]) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it('falls back to the queue for anything else', () => {
    expect(parseRoute('#/conversations/<script>')).toEqual({ view: 'queue' });
    expect(parseRoute('')).toEqual({ view: 'queue' });
  });

  it('keeps a conversation opened from the history list in the history view', () => {
    const route = { view: 'conversations' as const, conversationId: '7d3bdc8d-40b2-431a-87f8-3d52c6fa20c2' };
    expect(routeHash(route)).toBe('#/history/7d3bdc8d-40b2-431a-87f8-3d52c6fa20c2');
    expect(parseRoute(routeHash(route))).toEqual(route);
    expect(parseRoute('#/history')).toEqual({ view: 'conversations' });
    expect(parseRoute('#/history/<script>')).toEqual({ view: 'queue' });
  });
});

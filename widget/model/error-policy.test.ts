import { describe, expect, it } from 'vitest';
import { decideOnError, MAX_RETRIES } from './error-policy.js';

const base = { ready: true, hasSession: true, freshTried: false, failures: 0 };

describe('decideOnError', () => {
  it('starts afresh once when a stored conversation is refused before ready', () => {
    expect(decideOnError('not-found', undefined, { ...base, ready: false })).toBe('start-fresh');
    expect(decideOnError('not-found', undefined, { ...base, ready: false, freshTried: true })).toBe('notice');
  });

  it('drops frames the server will never accept, and retries transient failures a few times', () => {
    expect(decideOnError('unprocessable', 'cmid-1', base)).toBe('drop');
    expect(decideOnError('too-long', 'cmid-1', base)).toBe('drop');
    expect(decideOnError('internal', 'cmid-1', base)).toBe('retry');
    expect(decideOnError('internal', 'cmid-1', { ...base, failures: MAX_RETRIES - 1 })).toBe('drop');
  });

  it('holds and resends everything in order when paced, however often, before or after ready', () => {
    expect(decideOnError('rate-limited', 'cmid-1', { ...base, failures: MAX_RETRIES + 5 })).toBe('hold');
    expect(decideOnError('rate-limited', undefined, { ...base, ready: false })).toBe('hold');
  });
});

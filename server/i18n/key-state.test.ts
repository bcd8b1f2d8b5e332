import { describe, expect, it } from 'vitest';
import { keyState, servedState, showsEnglishBeneath, weakestState } from './key-state.js';
import { isReviewed, stateOfKey, type ReviewStates } from './load-review-states.js';
import type { Resources } from './load-locales.js';
import { sourceHash } from './toolkit/source-hash.js';

const english = 'Call 999 now.';
const record = { text: 'Zadzwoń pod 999.', review: 'reviewed' as const, recordedHash: sourceHash(english), currentHash: sourceHash(english) };

describe('keyState', () => {
  it('is missing without text, blank text included', () => {
    expect(keyState({ ...record, text: undefined })).toBe('missing');
    expect(keyState({ ...record, text: '  ' })).toBe('missing');
  });
  it('is draft without a review, whatever the hash', () => {
    expect(keyState({ ...record, review: 'draft' })).toBe('draft');
    expect(keyState({ ...record, review: undefined, recordedHash: undefined })).toBe('draft');
  });
  it('is reviewed only against the English it was reviewed for', () => {
    expect(keyState(record)).toBe('reviewed');
    expect(keyState({ ...record, currentHash: sourceHash('Call 999 or 112 now.') })).toBe('stale');
    expect(keyState({ ...record, recordedHash: undefined })).toBe('stale');
  });
});

describe('served state and the English beneath', () => {
  it('treats stale safety text as draft, other stale text as stale', () => {
    expect(servedState('safeguarding', 'stale')).toBe('draft');
    expect(servedState('consent', 'stale')).toBe('draft');
    expect(servedState('flows', 'stale')).toBe('stale');
  });
  it('adds the English beneath unreviewed safety text only', () => {
    expect(showsEnglishBeneath('safeguarding', 'draft')).toBe(true);
    expect(showsEnglishBeneath('consent', 'stale')).toBe(true);
    expect(showsEnglishBeneath('safeguarding', 'reviewed')).toBe(false);
    expect(showsEnglishBeneath('safeguarding', 'missing')).toBe(false);
    expect(showsEnglishBeneath('flows', 'draft')).toBe(false);
  });
  it('rates a namespace by its weakest translated key', () => {
    expect(weakestState(['reviewed', 'stale', 'missing'])).toBe('stale');
    expect(weakestState(['reviewed', 'draft', 'stale'])).toBe('draft');
    expect(weakestState(['reviewed', 'missing'])).toBe('reviewed');
    expect(weakestState(['missing', 'missing'])).toBe('missing');
  });
});

describe('the server reading of review records', () => {
  const reviews: ReviewStates = { pl: { 'safeguarding:call': { review: 'reviewed', sourceHash: sourceHash(english) } } };
  const locales = (englishText: string): Resources => ({
    en: { safeguarding: { call: englishText } },
    pl: { safeguarding: { call: 'Zadzwoń pod 999.' } },
  });

  it('becomes stale when the English changes after the review', () => {
    expect(stateOfKey(locales(english), reviews, 'pl', 'safeguarding:call')).toBe('reviewed');
    expect(isReviewed(locales(english), reviews, 'pl', 'safeguarding:call')).toBe(true);
    const changed = locales('Call 999 now, or text 999 if you cannot speak.');
    expect(stateOfKey(changed, reviews, 'pl', 'safeguarding:call')).toBe('stale');
    expect(isReviewed(changed, reviews, 'pl', 'safeguarding:call')).toBe(false);
  });
});

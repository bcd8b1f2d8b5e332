import { describe, expect, it } from 'vitest';
import type { Resources, ReviewStates } from '../i18n/index.js';
import { changeStatus } from './change-status.js';
import { checkTranslation } from './check-translation.js';
import { overlayChanges, type StoredChange } from './overlay-changes.js';

const glossary = [{ term: 'Family Hub', translation: 'فیملی ہب', note: '' }];

describe('checkTranslation', () => {
  it('uses the toolkit rules: placeholders kept, {{count}} optional in a plural form', () => {
    expect(checkTranslation('Call {{phone}}', 'فون کریں', false, []).errors).toEqual(['placeholder mismatch: missing {{phone}}']);
    expect(checkTranslation('{{count}} children', 'دو بچے', true, []).errors).toEqual([]);
    expect(checkTranslation('Call {{phone}}', '  ', false, []).errors[0]).toMatch(/empty value/);
  });
  it('warns, without refusing, when the agreed glossary term is not used', () => {
    const missed = checkTranslation('Your Family Hub will call.', 'آپ کا مرکز فون کرے گا۔', false, glossary);
    expect(missed).toEqual({ errors: [], warnings: ['glossary: "Family Hub" is "فیملی ہب" in this language'] });
    expect(checkTranslation('Your Family Hub will call.', 'آپ کا فیملی ہب فون کرے گا۔', false, glossary).warnings).toEqual([]);
  });
});

const change = (overrides: Partial<StoredChange>): StoredChange => ({
  id: '1',
  language: 'ur',
  namespace: 'widget',
  key: 'panel.title',
  baseText: 'old',
  baseReview: 'draft',
  oldText: 'old',
  newText: 'new',
  review: 'draft',
  sourceHash: 'h1',
  authorId: 's1',
  changedBy: 's1',
  at: '2026-12-01T00:00:00.000Z',
  ...overrides,
});

describe('changeStatus', () => {
  it('is pending while the file is what was edited, landed once the file says it, else a conflict', () => {
    const facts = change({});
    expect(changeStatus(facts, { text: 'old', review: 'draft', sourceHash: 'h0' })).toBe('pending');
    expect(changeStatus(facts, { text: 'new', review: 'draft', sourceHash: 'h1' })).toBe('landed');
    expect(changeStatus(facts, { text: 'a developer’s text', review: 'draft', sourceHash: 'h1' })).toBe('conflict');
  });
});

describe('overlayChanges', () => {
  const files = {
    locales: { en: { widget: { panel: { title: 'Chat' } } }, ur: { widget: { panel: { title: 'old', minimise: 'm' } } } } as Resources,
    reviews: { ur: { 'widget:panel.title': { review: 'draft', sourceHash: 'h0' } } } as ReviewStates,
  };

  it('serves the latest pending change per key in new objects, leaving the files untouched', () => {
    const overlay = overlayChanges(files, [change({ id: '1', newText: 'first' }), change({ id: '2', newText: 'second', review: 'reviewed' })]);
    expect(overlay.locales.ur?.widget).toEqual({ panel: { title: 'second', minimise: 'm' } });
    expect(overlay.reviews.ur?.['widget:panel.title']).toEqual({ review: 'reviewed', sourceHash: 'h1' });
    expect(overlay.locales.ur?.widget).not.toBe(files.locales.ur?.widget);
    expect(overlay.locales.en).toBe(files.locales.en);
    expect(files.locales.ur?.widget).toEqual({ panel: { title: 'old', minimise: 'm' } });
    expect(overlay.changes).toHaveLength(1);
  });

  it('does not apply a change whose file moved on', () => {
    const overlay = overlayChanges(files, [change({ baseText: 'older' })]);
    expect(overlay.locales.ur?.widget).toBe(files.locales.ur?.widget);
    expect(overlay.changes[0]?.status).toBe('conflict');
  });
});

import { describe, expect, it } from 'vitest';
import { ENQUIRY_STATUSES, type EnquiryStatus } from '../protocol/enquiry-bodies.js';
import { checkTransition } from './enquiry-workflow.js';

const allowed = (from: EnquiryStatus, withdrawn = false) =>
  ENQUIRY_STATUSES.filter((to) => {
    try {
      checkTransition(
        from,
        {
          to,
          outcome: to === 'closed' ? 'support-provided' : undefined,
          allocatedTo: to === 'allocated' ? { kind: 'service', name: 'Housing Options' } : undefined,
          need: to === 'triaged' ? { level: 'getting-help', nextStep: 'family-hub-support' } : undefined,
        },
        withdrawn,
      );
      return true;
    } catch {
      return false;
    }
  });

describe('checkTransition', () => {
  it('allows exactly the workflow’s next steps', () => {
    expect(allowed('new')).toEqual(['triaged']);
    expect(allowed('triaged')).toEqual(['advice-given', 'allocated', 'closed']);
    expect(allowed('advice-given')).toEqual(['closed']);
    expect(allowed('allocated')).toEqual(['closed']);
    expect(allowed('closed')).toEqual([]);
  });

  it('only closes a withdrawn enquiry, from wherever it is', () => {
    for (const from of ['new', 'triaged', 'advice-given', 'allocated'] as const) expect(allowed(from, true)).toEqual(['closed']);
    expect(allowed('closed', true)).toEqual([]);
  });

  it('wants an outcome to close, a note for "other", and who to allocate to', () => {
    expect(() => checkTransition('triaged', { to: 'closed' }, false)).toThrow(/outcome/);
    expect(() => checkTransition('triaged', { to: 'closed', outcome: 'other' }, false)).toThrow(/note/);
    expect(checkTransition('triaged', { to: 'closed', outcome: 'other', note: 'Moved in with grandparents' }, false)).toBe('closed');
    expect(() => checkTransition('triaged', { to: 'allocated' }, false)).toThrow(/lead practitioner or service/);
    expect(() => checkTransition('new', { to: 'triaged', outcome: 'support-provided' }, false)).toThrow(/only given when closing/);
    expect(() => checkTransition('new', { to: 'triaged' }, false)).toThrow(/level of need/);
  });
});

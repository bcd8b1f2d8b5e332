import { describe, expect, it } from 'vitest';
import { LEVELS_OF_NEED, NEXT_STEPS, NEXT_STEPS_FOR_LEVEL } from '../protocol/continuum-of-need.js';
import type { NeedPlacement } from '../protocol/enquiry-bodies.js';
import { checkTransition } from './enquiry-workflow.js';
import { checkLevelChange, checkPlacement, type NeedFacts } from './level-of-need-rules.js';

const calm: NeedFacts = { level: null, safeguardingFlagged: false };
const flagged: NeedFacts = { level: null, safeguardingFlagged: true };
const at = (level: NeedFacts['level']): NeedFacts => ({ level, safeguardingFlagged: false });
const referral = { by: 'Sam Patel, Family Hub West', on: '2026-11-30' };
/** A placement that fits each level, for the tests that vary one thing. */
const fitting: Record<NeedPlacement['level'], NeedPlacement> = {
  'getting-advice': { level: 'getting-advice', nextStep: 'advice-and-signposting' },
  'getting-help': { level: 'getting-help', nextStep: 'single-agency-support' },
  'getting-more-help': { level: 'getting-more-help', nextStep: 'early-help-assessment', leadPractitioner: 'Jo Khan, school nurse' },
  'help-to-address-harm': { level: 'help-to-address-harm', nextStep: 'referral-to-social-care', socialCareReferral: referral },
};

describe('checkPlacement', () => {
  it('accepts exactly the next steps that fit each level', () => {
    for (const level of LEVELS_OF_NEED) {
      for (const nextStep of NEXT_STEPS) {
        const need = { ...fitting[level], nextStep };
        const fits = NEXT_STEPS_FOR_LEVEL[level].includes(nextStep);
        if (fits) expect(() => checkPlacement(need, calm, undefined)).not.toThrow();
        else expect(() => checkPlacement(need, calm, undefined), `${level} / ${nextStep}`).toThrow(/does not fit/);
      }
    }
  });

  it('refuses Getting More Help without a named lead practitioner', () => {
    expect(() => checkPlacement({ level: 'getting-more-help', nextStep: 'early-help-assessment' }, calm, undefined)).toThrow(/lead practitioner/);
  });

  it("refuses Help to Address Harm without the social care referral's when and who, and the referral at any other level", () => {
    expect(() => checkPlacement({ level: 'help-to-address-harm', nextStep: 'referral-to-social-care' }, calm, undefined)).toThrow(/when it was made and by whom/);
    expect(() => checkPlacement({ ...fitting['getting-help'], socialCareReferral: referral }, calm, undefined)).toThrow(/only at Help to Address Harm/);
  });

  it('refuses Getting Advice for a safeguarding-flagged enquiry without a note, and accepts it with one', () => {
    expect(() => checkPlacement(fitting['getting-advice'], flagged, undefined)).toThrow(/flagged for safeguarding/);
    expect(() => checkPlacement(fitting['getting-advice'], flagged, 'Words were about a film; spoke to mum, no concerns.')).not.toThrow();
    expect(() => checkPlacement(fitting['getting-help'], flagged, undefined)).not.toThrow();
  });
});

describe('checkTransition with a level of need', () => {
  it('refuses triage without a placement, or with one that does not fit', () => {
    expect(() => checkTransition('new', { to: 'triaged' }, false)).toThrow(/level of need and a next step/);
    expect(() => checkTransition('new', { to: 'triaged', need: { level: 'getting-more-help', nextStep: 'advice-and-signposting' } }, false)).toThrow(/does not fit/);
    expect(() => checkTransition('new', { to: 'triaged', need: fitting['getting-advice'] }, false, flagged)).toThrow(/flagged for safeguarding/);
    expect(checkTransition('new', { to: 'triaged', need: fitting['getting-more-help'] }, false)).toBe('triaged');
  });

  it('refuses a placement on any move but triage', () => {
    expect(() => checkTransition('triaged', { to: 'advice-given', need: fitting['getting-advice'] }, false, at('getting-advice'))).toThrow(/step up or step down/);
  });

  it('refuses to end Help to Address Harm as advice given, by either route', () => {
    const harm = at('help-to-address-harm');
    expect(() => checkTransition('triaged', { to: 'advice-given' }, false, harm)).toThrow(/cannot close as advice given/);
    expect(() => checkTransition('triaged', { to: 'closed', outcome: 'needs-met-by-advice' }, false, harm)).toThrow(/cannot close as advice given/);
    expect(checkTransition('triaged', { to: 'closed', outcome: 'stepped-up-to-social-care' }, false, harm)).toBe('closed');
    expect(checkTransition('triaged', { to: 'advice-given' }, false, at('getting-advice'))).toBe('advice-given');
  });

  it('refuses to allocate Getting More Help to a service rather than a lead practitioner', () => {
    const more = at('getting-more-help');
    expect(() => checkTransition('triaged', { to: 'allocated', allocatedTo: { kind: 'service', name: 'Housing Options' } }, false, more)).toThrow(/lead practitioner, not a service/);
    expect(checkTransition('triaged', { to: 'allocated', allocatedTo: { kind: 'lead-practitioner', name: 'Jo Khan' } }, false, more)).toBe('allocated');
  });

  it('still lets a withdrawn enquiry close whatever its level', () => {
    expect(checkTransition('allocated', { to: 'closed', outcome: 'needs-met-by-advice' }, true, at('help-to-address-harm'))).toBe('closed');
  });
});

describe('checkLevelChange', () => {
  const why = 'School reports new concerns about attendance.';
  it('refuses a step before triage, after closure, after withdrawal, or to the same level', () => {
    expect(() => checkLevelChange('new', false, fitting['getting-help'], why, calm)).toThrow(/Triage the enquiry first/);
    expect(() => checkLevelChange('closed', false, fitting['getting-help'], why, at('getting-advice'))).toThrow(/closed/);
    expect(() => checkLevelChange('triaged', true, fitting['getting-help'], why, at('getting-advice'))).toThrow(/withdrew consent/);
    expect(() => checkLevelChange('triaged', false, fitting['getting-help'], why, at('getting-help'))).toThrow(/already at getting-help/);
  });

  it('holds a step to the same fit as triage', () => {
    expect(() => checkLevelChange('allocated', false, { level: 'getting-more-help', nextStep: 'early-help-assessment' }, why, at('getting-help'))).toThrow(/lead practitioner/);
    expect(() => checkLevelChange('allocated', false, fitting['help-to-address-harm'], why, at('getting-more-help'))).not.toThrow();
    expect(() => checkLevelChange('advice-given', false, fitting['getting-help'], why, at('getting-advice'))).not.toThrow();
  });
});

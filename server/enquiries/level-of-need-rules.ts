import { UnprocessableError } from '../domain-errors.js';
import { NEXT_STEPS_FOR_LEVEL, type LevelOfNeed } from '../protocol/continuum-of-need.js';
import type { EnquiryStatus, NeedPlacement, TransitionBody } from '../protocol/enquiry-bodies.js';

/** What the Continuum of Need rules look at besides the move itself. */
export interface NeedFacts {
  /** The level set at triage or by the latest step up / step down; null before triage. */
  level: LevelOfNeed | null;
  /** Safeguarding words were matched in the conversation that led to the enquiry. */
  safeguardingFlagged: boolean;
}

/**
 * A placement must fit its level: advice at Getting Advice, single-agency or Family Hub support at
 * Getting Help, an EHA with a named lead practitioner at Getting More Help, and a referral to
 * Children's Social Care (when, by whom) at Help to Address Harm. `why` is the note or reason given.
 * Pure.
 */
export function checkPlacement(need: NeedPlacement, facts: NeedFacts, why: string | undefined): void {
  const fitting = NEXT_STEPS_FOR_LEVEL[need.level];
  if (!fitting.includes(need.nextStep)) {
    throw new UnprocessableError(`The next step ${need.nextStep} does not fit ${need.level}. It can be: ${fitting.join(', ')}.`);
  }
  if (need.level === 'getting-more-help' && !need.leadPractitioner) {
    throw new UnprocessableError('Getting More Help needs a named lead practitioner for the Early Help Assessment.');
  }
  if (need.level === 'help-to-address-harm' && !need.socialCareReferral) {
    throw new UnprocessableError("Help to Address Harm needs the referral to Children's Social Care: when it was made and by whom.");
  }
  if (need.level !== 'help-to-address-harm' && need.socialCareReferral) {
    throw new UnprocessableError("A referral to Children's Social Care is recorded only at Help to Address Harm.");
  }
  // Safeguarding words were seen: placing the family at the lightest level must say why it is safe to.
  if (need.level === 'getting-advice' && facts.safeguardingFlagged && !why) {
    throw new UnprocessableError('This enquiry was flagged for safeguarding: add a note saying why Getting Advice is right.');
  }
}

/** The Continuum of Need side of a workflow move (enquiry-workflow.ts checks the statuses). Pure. */
export function checkMoveFitsLevel(move: TransitionBody, facts: NeedFacts): void {
  if (move.to === 'triaged') {
    if (!move.need) throw new UnprocessableError('Triage needs a level of need and a next step that fits it.');
    checkPlacement(move.need, facts, move.note);
    return;
  }
  if (move.need) throw new UnprocessableError('The level of need is set at triage; change it afterwards with a step up or step down.');
  const harm = facts.level === 'help-to-address-harm';
  if (harm && (move.to === 'advice-given' || move.outcome === 'needs-met-by-advice')) {
    throw new UnprocessableError('An enquiry at Help to Address Harm cannot close as advice given.');
  }
  if (facts.level === 'getting-more-help' && move.to === 'allocated' && move.allocatedTo?.kind !== 'lead-practitioner') {
    throw new UnprocessableError('Getting More Help is allocated to a lead practitioner, not a service.');
  }
}

/** A step up or step down: only between triage and closure, with consent, to another level. Pure. */
export function checkLevelChange(status: EnquiryStatus, withdrawn: boolean, need: NeedPlacement, reason: string, facts: NeedFacts): void {
  if (status === 'new') throw new UnprocessableError('Triage the enquiry first: the level of need is set at triage.');
  if (status === 'closed') throw new UnprocessableError('This enquiry is closed.');
  if (withdrawn) throw new UnprocessableError('The family withdrew consent: this enquiry can only be closed.');
  if (need.level === facts.level) throw new UnprocessableError(`The enquiry is already at ${need.level}.`);
  checkPlacement(need, facts, reason);
}

import { SAFEGUARDING_SEVERITIES, type SafeguardingSeverity } from '../protocol/vocabulary.js';

/**
 * Most urgent first. The card shown first is the first match's route, so the order answers "which
 * card helps most if a message says several things at once":
 * - immediate-danger: someone may be hurt right now; only 999 helps.
 * - suicide-self-harm: a life may be at risk within hours (an overdose already taken), and the
 *   24/7 lines it lists are the help that works at any hour.
 * - child-safety: a child cannot protect themselves; its route carries the statutory front door.
 * - domestic-abuse: serious but the adult can use the 24/7 helpline the card gives.
 * - honour-based-abuse, missing-child, radicalisation: specialist routes, each with 999 first.
 * The protocol list is kept in this order, so there is one home for it.
 */
export const SEVERITY_ORDER: readonly SafeguardingSeverity[] = SAFEGUARDING_SEVERITIES;

const RANK = new Map<SafeguardingSeverity, number>(SEVERITY_ORDER.map((severity, index) => [severity, index]));

/** Negative when `a` is more severe than `b`; for Array.prototype.sort. */
export function compareSeverity(a: SafeguardingSeverity, b: SafeguardingSeverity): number {
  return (RANK.get(a) ?? SEVERITY_ORDER.length) - (RANK.get(b) ?? SEVERITY_ORDER.length);
}

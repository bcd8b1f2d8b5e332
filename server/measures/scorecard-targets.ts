import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../project-root.js';

/** The headline measures a target can be set for; each reads one figure of the total (headlines.ts). */
export const HEADLINE_MEASURES = [
  'contacts',
  'contactsCompletedIn1WorkingDay',
  'triageIn4WorkingDays',
  'allocationIn6WorkingDays',
  'triageToAllocationWorkingDays',
  'callbacksOnTime',
  'chatAbandoned',
  'minutesToAcknowledge',
  'reReferralsWithin12Months',
] as const;
export type HeadlineMeasure = (typeof HEADLINE_MEASURES)[number];

/**
 * A target and the amber line: with `better: higher`, at or above the target is green, at or
 * above amber is amber, below is red; with `lower`, the other way round.
 */
const Target = z
  .object({
    measure: z.enum(HEADLINE_MEASURES),
    target: z.number().min(0).max(100_000),
    amber: z.number().min(0).max(100_000),
    better: z.enum(['higher', 'lower']),
  })
  .refine((t) => (t.better === 'higher' ? t.amber <= t.target : t.amber >= t.target), 'amber must lie on the worse side of the target');
export type Target = z.infer<typeof Target>;

const ScorecardConfig = z.object({ notice: z.string().optional(), targets: z.array(Target).max(HEADLINE_MEASURES.length) });

/** Targets are the council's to set, so they live in config/scorecard.json; a bad file stops the server. */
export function loadScorecardTargets(path: string = projectPath('config/scorecard.json')): Target[] {
  return ScorecardConfig.parse(JSON.parse(readFileSync(path, 'utf8'))).targets;
}

export type Rag = 'green' | 'amber' | 'red' | 'none';

/** Red, amber or green for a value against its target; `none` without a target or a value. */
export function ragFor(value: number | null, target: Target | undefined): Rag {
  if (value === null || !target) return 'none';
  const better = (a: number, b: number) => (target.better === 'higher' ? a >= b : a <= b);
  if (better(value, target.target)) return 'green';
  return better(value, target.amber) ? 'amber' : 'red';
}

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { NEEDS, type Need } from '../protocol/vocabulary.js';
import { projectPath } from '../project-root.js';

/** config/open-referral.json: which feed taxonomy terms stand for which of our needs. */
export const TermMapping = z.object({
  notice: z.string(),
  needsByTerm: z.record(z.string().trim().min(1).max(200), z.array(z.enum(NEEDS)).min(1)),
});
export type TermMapping = z.infer<typeof TermMapping>;

export function loadTermMapping(path: string = projectPath('config/open-referral.json')): TermMapping {
  return TermMapping.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Needs for one term, matched on its name or code without case; empty when the term is not ours. */
export function needsForTerm(mapping: TermMapping, term: { name?: string; code?: string }): Need[] {
  const lookup = new Map(Object.entries(mapping.needsByTerm).map(([key, needs]) => [key.toLowerCase(), needs]));
  return [term.name, term.code].flatMap((key) => (key ? (lookup.get(key.trim().toLowerCase()) ?? []) : []));
}

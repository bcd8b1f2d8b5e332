import { z } from 'zod';
import { SAFEGUARDING_CATEGORIES } from '../protocol/vocabulary.js';
import { ConceptId, describeIssues, PhraseBookError } from './phrase-file.js';

/**
 * config/safeguarding-rules.json: language-independent combinations of concepts. A rule fires when
 * one word (or phrase) of every `all` group occurs within `window` words of each other, in any
 * language or mix of languages, none of them negated, and no `none` concept is that close.
 */
const ConceptGroup = z.union([ConceptId, z.array(ConceptId).min(1)]);

export const Rule = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a rule id is lower-case words joined by "-"'),
  category: z.enum(SAFEGUARDING_CATEGORIES),
  /** What staff read next to the family's words: plain English, never pattern syntax. */
  label: z.string().min(3).max(120),
  /** Each item is a concept id, or a list of ids of which any one will do. */
  all: z.array(ConceptGroup).min(1).max(6),
  none: z.array(ConceptId).default([]),
  /** The groups must occur in the order written ("hits my son", not "my son hits"). */
  ordered: z.boolean().default(false),
  /** Words from the first to the last matched word, inclusive. */
  window: z.number().int().min(1).max(40).optional(),
  /**
   * Show this card after the others found in the same message: a threat to kill inside a
   * relationship is domestic abuse first, with 999 still offered, unless danger is happening now.
   */
  defer: z.boolean().default(false),
});
export type Rule = z.infer<typeof Rule>;

export const RuleFile = z.strictObject({
  notes: z.string().optional(),
  /** Window for rules that do not set one. */
  window: z.number().int().min(1).max(40).default(12),
  /** Words before a hit that a negation may stand (pre) and after it (post, e.g. Urdu "nahi"). */
  negation: z.strictObject({ before: z.number().int().min(0).max(4), after: z.number().int().min(0).max(3) }).default({ before: 2, after: 1 }),
  /** Plain-English name of each category, shown to staff for a phrase-list match. */
  categoryLabels: z.record(z.enum(SAFEGUARDING_CATEGORIES), z.string().min(3)),
  rules: z.array(Rule),
});
export type RuleFile = z.infer<typeof RuleFile>;

export function parseRuleFile(data: unknown, source = 'config/safeguarding-rules.json'): RuleFile {
  const result = RuleFile.safeParse(data);
  if (!result.success) throw new PhraseBookError(`${source} is not a valid rule file: ${describeIssues(result.error)}`);
  const seen = new Set<string>();
  for (const rule of result.data.rules) {
    if (seen.has(rule.id)) throw new PhraseBookError(`${source}: rule id "${rule.id}" is used twice`);
    seen.add(rule.id);
  }
  return result.data;
}

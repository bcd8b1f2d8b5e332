import type { SafeguardingCategory } from '../protocol/vocabulary.js';
import type { CompiledRule, PhraseBook } from './compile-phrase-book.js';
import type { Occurrence } from './find-occurrences.js';

/** A category found in the message, by a phrase or by a rule, over token positions (inclusive). */
export interface RuleMatch {
  readonly category: SafeguardingCategory;
  readonly label: string;
  readonly id: string;
  readonly language: string;
  readonly first: number;
  readonly last: number;
  readonly defer: boolean;
}

/**
 * Rules whose every concept group has a hit within the rule's window, each group on a different
 * word; a `none` concept inside the window vetoes it.
 */
export function matchRules(book: PhraseBook, occurrences: readonly Occurrence[]): RuleMatch[] {
  const byConcept = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const entry = book.entries[occurrence.entry]!;
    if (entry.kind !== 'concept') continue;
    const list = byConcept.get(entry.owner);
    if (list) list.push(occurrence);
    else byConcept.set(entry.owner, [occurrence]);
  }
  if (byConcept.size === 0) return [];

  const matches: RuleMatch[] = [];
  for (const rule of book.rules) {
    if (!rule.groups.every((ids) => ids.some((id) => byConcept.has(id)))) continue;
    const groups = rule.groups.map((ids) => ids.flatMap((id) => byConcept.get(id) ?? []));
    if (groups.some((hits) => hits.length === 0)) continue;
    const found = findAssignment(rule, groups, byConcept);
    if (found) {
      matches.push({
        category: rule.category,
        label: rule.label,
        id: `rule:${rule.id}`,
        language: book.entries[found.anchor.entry]!.language,
        first: found.first,
        last: found.last,
        defer: rule.defer,
      });
    }
  }
  return matches;
}

/** Assignments tried per rule before giving up: windows are small, so this is never reached in practice. */
const MAX_STEPS = 2_000;

/**
 * One hit per group, no word used twice, all within the window (in order, for an ordered rule), not
 * vetoed. A small depth-first search with backtracking: taking the nearest hit per group greedily
 * misses matches where one word belongs to two concepts (Polish "pod drzwiami": "now" and "door").
 * The rarest group anchors the search; other groups try their hits nearest the anchor first.
 */
function findAssignment(
  rule: CompiledRule,
  groups: readonly (readonly Occurrence[])[],
  byConcept: ReadonlyMap<string, Occurrence[]>,
): { anchor: Occurrence; first: number; last: number } | undefined {
  const anchorGroup = groups.reduce((best, hits, index) => (hits.length < groups[best]!.length ? index : best), 0);
  let steps = 0;
  for (const anchor of groups[anchorGroup]!) {
    const order = groups.map((hits, g) => (g === anchorGroup ? [anchor] : [...hits].sort((x, y) => distance(x, anchor) - distance(y, anchor))));
    const chosen: Occurrence[] = [];
    const search = (g: number, first: number, last: number): { first: number; last: number } | undefined => {
      if (g === order.length) {
        if (rule.ordered && chosen.some((hit, i) => i > 0 && hit.first <= chosen[i - 1]!.last)) return undefined;
        const vetoed = rule.none.some((id) =>
          (byConcept.get(id) ?? []).some((hit) => hit.last >= last - rule.window && hit.first <= first + rule.window),
        );
        return vetoed ? undefined : { first, last };
      }
      for (const hit of order[g]!) {
        if (++steps > MAX_STEPS) return undefined;
        const nextFirst = Math.min(first, hit.first);
        const nextLast = Math.max(last, hit.last);
        if (nextLast - nextFirst + 1 > rule.window) continue;
        if (chosen.some((u) => u.first <= hit.last && hit.first <= u.last)) continue;
        chosen.push(hit);
        const result = search(g + 1, nextFirst, nextLast);
        chosen.pop();
        if (result) return result;
      }
      return undefined;
    };
    const result = search(0, anchor.first, anchor.last);
    if (result) return { anchor, ...result };
  }
  return undefined;
}

function distance(hit: Occurrence, anchor: Occurrence): number {
  return hit.first > anchor.last ? hit.first - anchor.last : hit.last < anchor.first ? anchor.first - hit.last : 0;
}

import type { SafeguardingCategory } from '../protocol/vocabulary.js';
import type { PhraseBook } from './compile-phrase-book.js';
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
 * Rules whose every concept group has a hit within the rule's window. For each hit of the
 * rarest group, the nearest hit of each other group is taken (a different word than the anchor),
 * which finds the tightest combination around that hit; a `none` concept inside the window vetoes it.
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
    const anchorGroup = groups.reduce((best, hits, index) => (hits.length < groups[best]!.length ? index : best), 0);
    for (const anchor of groups[anchorGroup]!) {
      const chosen: Occurrence[] = [];
      for (let g = 0; g < groups.length; g++) {
        const hit = g === anchorGroup ? anchor : nearestHit(groups[g]!, anchor, chosen.concat(anchor));
        if (!hit) break;
        chosen.push(hit);
      }
      if (chosen.length < groups.length) continue;
      const first = Math.min(...chosen.map((hit) => hit.first));
      const last = Math.max(...chosen.map((hit) => hit.last));
      if (last - first + 1 > rule.window) continue;
      if (rule.ordered && chosen.some((hit, g) => g > 0 && hit.first <= chosen[g - 1]!.last)) continue;
      const vetoed = rule.none.some((id) =>
        (byConcept.get(id) ?? []).some((hit) => hit.last >= last - rule.window && hit.first <= first + rule.window),
      );
      if (vetoed) continue;
      matches.push({
        category: rule.category,
        label: rule.label,
        id: `rule:${rule.id}`,
        language: book.entries[anchor.entry]!.language,
        first,
        last,
        defer: rule.defer,
      });
      break;
    }
  }
  return matches;
}

function nearestHit(hits: readonly Occurrence[], anchor: Occurrence, used: readonly Occurrence[]): Occurrence | undefined {
  let best: Occurrence | undefined;
  let bestDistance = Infinity;
  for (const hit of hits) {
    if (used.some((u) => u.first <= hit.last && hit.first <= u.last)) continue;
    const distance = hit.first > anchor.last ? hit.first - anchor.last : hit.last < anchor.first ? anchor.first - hit.last : 0;
    if (distance < bestDistance) {
      best = hit;
      bestDistance = distance;
    }
  }
  return best;
}

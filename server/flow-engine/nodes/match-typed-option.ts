import type { FlowOption } from '../flow-schema.js';

/**
 * A typed reply to a button question, matched to one option only when there is no doubt: its
 * whole label or value, or words found in exactly one label. Anything else (two options fit, none
 * fits, a bare number: the buttons are not numbered) returns undefined and the family is asked to
 * pick a button; guessing wrong would put words in their mouth.
 */
export function matchTypedOption(options: readonly FlowOption[], text: string, labelsOf: (labelKey: string) => readonly string[]): FlowOption | undefined {
  const typed = normalise(text);
  if (typed === '') return undefined;
  const names = options.map((option) => [option.value.replaceAll('-', ' '), ...labelsOf(option.label)].map(normaliseName).filter((name) => name !== ''));
  const exact = options.filter((_, i) => names[i]!.includes(typed));
  if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined;
  // Short fragments ("a", "no") match too much by accident; only the whole label counts for them.
  if (typed.length < 3) return undefined;
  const containing = options.filter((_, i) => names[i]!.some((name) => ` ${name} `.includes(` ${typed} `)));
  return containing.length === 1 ? containing[0] : undefined;
}

/** Option names are the same few hundred strings on every message: normalised once each. */
const normalisedNames = new Map<string, string>();
const NAMES_KEPT = 5_000;

function normaliseName(name: string): string {
  let normalised = normalisedNames.get(name);
  if (normalised === undefined) {
    if (normalisedNames.size >= NAMES_KEPT) normalisedNames.clear();
    normalised = normalise(name);
    normalisedNames.set(name, normalised);
  }
  return normalised;
}

/** Case, accents, punctuation and spacing do not change what a family meant. */
function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

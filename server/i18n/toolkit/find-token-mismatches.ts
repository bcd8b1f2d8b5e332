const PLACEHOLDER = /\{\{([\s\S]*?)\}\}/g;
const NESTING = /\$t\(([^)]*)\)/g;
const TAG = /<(\/?)([A-Za-z0-9][\w.:-]*)(?:\s[^<>]*?)?\s*(\/?)>/g;

/** The parts of a text a translator must carry over unchanged, normalised for comparison. */
export interface TextTokens {
  placeholders: string[];
  nesting: string[];
  markup: string[];
}

/**
 * `{{- name}}` keeps its dash: it is i18next's unescaped interpolation, so a translation adding
 * or dropping it changes whether user text is HTML-escaped. Formats (`{{date, datetime}}`) count.
 */
export function extractTokens(text: string): TextTokens {
  const placeholders = [...text.matchAll(PLACEHOLDER)].map((match) => {
    const inner = (match[1] as string).trim();
    const unescaped = inner.startsWith('-');
    const parts = (unescaped ? inner.slice(1) : inner).split(',').map((part) => part.trim());
    return `{{${unescaped ? '- ' : ''}${parts.join(', ')}}}`;
  });
  const nesting = [...text.matchAll(NESTING)].map(
    (match) => `$t(${(match[1] as string).split(',')[0]?.trim() ?? ''})`,
  );
  // Attributes are ignored: only the tag structure must survive translation.
  const markup = [...text.matchAll(TAG)].map(
    (match) => `<${match[1]}${(match[2] as string).toLowerCase()}${match[3]}>`,
  );
  return { placeholders, nesting, markup };
}

/**
 * Messages for every way `target` fails to carry the tokens of `source`. Placeholders and nesting
 * refs compare as sets (a translation may repeat one); markup compares as a multiset, because an
 * unbalanced tag breaks rendering. In a plural form `{{count}}` may be added or left out: many
 * languages spell out "one" or a dual without the number.
 */
export function findTokenMismatches(source: string, target: string, plural: boolean): string[] {
  const from = extractTokens(source);
  const to = extractTokens(target);
  const ignore = plural ? new Set(['{{count}}']) : new Set<string>();
  const messages: string[] = [];
  const report = (kind: string, diff: Diff): void => {
    if (diff.missing.length === 0 && diff.unexpected.length === 0) return;
    const parts = [];
    if (diff.missing.length > 0) parts.push(`missing ${diff.missing.join(' ')}`);
    if (diff.unexpected.length > 0) parts.push(`unexpected ${diff.unexpected.join(' ')}`);
    messages.push(`${kind} mismatch: ${parts.join('; ')}`);
  };
  report('placeholder', setDiff(from.placeholders, to.placeholders, ignore));
  report('nesting', setDiff(from.nesting, to.nesting, ignore));
  report('markup', multisetDiff(from.markup, to.markup));
  return messages;
}

interface Diff {
  missing: string[];
  unexpected: string[];
}

function setDiff(source: string[], target: string[], ignore: Set<string>): Diff {
  const want = new Set(source.filter((token) => !ignore.has(token)));
  const have = new Set(target.filter((token) => !ignore.has(token)));
  return {
    missing: [...want].filter((token) => !have.has(token)),
    unexpected: [...have].filter((token) => !want.has(token)),
  };
}

function multisetDiff(source: string[], target: string[]): Diff {
  const remaining = [...target];
  const missing: string[] = [];
  for (const token of source) {
    const at = remaining.indexOf(token);
    if (at === -1) missing.push(token);
    else remaining.splice(at, 1);
  }
  return { missing, unexpected: remaining };
}

import type { z } from 'zod';
import { Catalogue } from './catalogue-schema.js';

/** A catalogue that cannot be used. `problems` has one line per fault, naming the entry by id. */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Resource catalogue ${source} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates raw catalogue data (already JSON-parsed). Throws CatalogueError listing every fault. */
export function parseCatalogue(raw: unknown, source = 'catalogue'): Catalogue {
  const result = Catalogue.safeParse(raw);
  if (result.success) return result.data;
  throw new CatalogueError(source, result.error.issues.map((issue) => describeIssue(raw, issue)));
}

/** "entries[3] (id "kooth").needs[0]: Invalid option…" so an editor can find the line quickly. */
function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const [first, index, ...rest] = issue.path;
  if (first === 'entries' && typeof index === 'number') {
    const id = entryId(raw, index);
    const where = `entries[${index}]${id ? ` (id "${id}")` : ''}${formatPath(rest)}`;
    return `${where}: ${issue.message}`;
  }
  const where = formatPath(issue.path).replace(/^\./, '');
  return `${where || '(top level)'}: ${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

function entryId(raw: unknown, index: number): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const entries = (raw as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return undefined;
  const entry: unknown = entries[index];
  if (typeof entry !== 'object' || entry === null) return undefined;
  const id = (entry as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

import { z } from 'zod';
import type { MetaEntry } from './locale-snapshot.js';
import { isPlainObject, parseJsonObject, type FileProblem } from './parse-resource.js';

const metaEntrySchema = z.object({
  sourceHash: z.string().regex(/^[0-9a-f]{16}$/),
  review: z.enum(['draft', 'reviewed']),
});

export interface ParsedMeta {
  entries: Map<string, MetaEntry>;
  problems: FileProblem[];
}

/**
 * Reads `<namespace>.meta.json`. An invalid entry is reported and then treated as absent, which
 * makes its key stale: we never trust a review record we could not read.
 */
export function parseMeta(text: string): ParsedMeta {
  const parsed = parseJsonObject(text);
  if ('message' in parsed) return { entries: new Map(), problems: [parsed] };
  const entries = new Map<string, MetaEntry>();
  const problems: FileProblem[] = [];
  for (const [key, raw] of Object.entries(parsed.value)) {
    const result = metaEntrySchema.safeParse(raw);
    if (result.success) {
      entries.set(key, result.data);
      continue;
    }
    for (const issue of result.error.issues) problems.push({ key, message: describeIssue(issue.path, raw) });
  }
  return { entries, problems };
}

function describeIssue(path: readonly PropertyKey[], raw: unknown): string {
  const field = path[0];
  const value = isPlainObject(raw) && typeof field === 'string' ? raw[field] : undefined;
  if (field === 'review') return `bad review value ${JSON.stringify(value) ?? 'undefined'} (must be "draft" or "reviewed")`;
  if (field === 'sourceHash') return 'bad sourceHash (must be 16 lowercase hex digits)';
  return 'meta entry must be an object { "sourceHash": ..., "review": ... }';
}

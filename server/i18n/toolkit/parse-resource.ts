/** A finding inside one file; `key` is absent when it concerns the whole file. */
export interface FileProblem {
  key?: string;
  message: string;
}

export interface ParsedResource {
  /** Flat dotted key -> text, in file order; undefined when the file cannot be used at all. */
  entries: Map<string, string> | undefined;
  problems: FileProblem[];
}

/**
 * Reads an i18next JSON v4 resource into flat dotted keys. Only strings are display text: any
 * other leaf is reported rather than coerced, since i18next would render it wrongly or not at all.
 */
export function parseResource(text: string): ParsedResource {
  const parsed = parseJsonObject(text);
  if ('message' in parsed) return { entries: undefined, problems: [parsed] };
  const entries = new Map<string, string>();
  const problems: FileProblem[] = [];
  walk(parsed.value, '', entries, problems);
  return { entries, problems };
}

/** Parses a file that must hold a JSON object; a leading BOM from Windows editors is tolerated. */
export function parseJsonObject(
  text: string,
): { value: Record<string, unknown> } | { message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { message: `invalid JSON: ${(error as Error).message}` };
  }
  if (!isPlainObject(value)) return { message: `must be a JSON object, found ${describe(value)}` };
  return { value };
}

function walk(
  node: Record<string, unknown>,
  prefix: string,
  entries: Map<string, string>,
  problems: FileProblem[],
): void {
  for (const [segment, child] of Object.entries(node)) {
    const key = prefix === '' ? segment : `${prefix}.${segment}`;
    // i18next splits keys on '.', so such a segment could never be looked up.
    if (segment === '' || segment.includes('.')) {
      problems.push({ key, message: 'key names must not be empty or contain "."' });
    } else if (typeof child === 'string') {
      entries.set(key, child);
    } else if (isPlainObject(child)) {
      walk(child, key, entries, problems);
    } else {
      problems.push({ key, message: `value must be text (a string), found ${describe(child)}` });
    }
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value} (${JSON.stringify(value)})`;
}

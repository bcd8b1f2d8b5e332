/** Thrown when two flat keys cannot share one nested file, e.g. `a` and `a.b`. */
export class ResourceShapeError extends Error {
  constructor(readonly key: string) {
    super(`key "${key}" clashes with another key that is both text and a group`);
  }
}

/**
 * Nests flat dotted keys back into an i18next JSON v4 object, keeping the given order so files
 * diff cleanly. Null-prototype objects keep a key such as `__proto__` an ordinary key.
 */
export function buildResource(entries: Iterable<readonly [string, string]>): Record<string, unknown> {
  const root: Record<string, unknown> = Object.create(null);
  for (const [key, text] of entries) {
    const segments = key.split('.');
    const last = segments.pop() as string;
    let node = root;
    for (const segment of segments) {
      const next = Object.hasOwn(node, segment) ? node[segment] : (node[segment] = Object.create(null));
      if (typeof next !== 'object' || next === null) throw new ResourceShapeError(key);
      node = next as Record<string, unknown>;
    }
    if (Object.hasOwn(node, last)) throw new ResourceShapeError(key);
    node[last] = text;
  }
  return root;
}

/** The one on-disk JSON format: two-space indent and a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

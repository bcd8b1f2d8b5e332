import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  id: number;
  actorId: string;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  detail: unknown;
  at: string;
}

/** JSON with keys sorted at every depth, so the same row always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(JSON.parse(JSON.stringify(value ?? null)) as unknown));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** sha256 over the previous row's hash and this row's canonical content. */
export function auditRowHash(prevHash: string, row: HashedFields): string {
  const { id, actorId, actorRole, action, subjectType, subjectId, detail, at } = row;
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson({ id, actorId, actorRole, action, subjectType, subjectId, detail: detail ?? null, at }))
    .digest('hex');
}

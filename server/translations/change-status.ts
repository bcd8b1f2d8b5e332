import type { ReviewMark } from '../i18n/key-state.js';

/** The parts of a stored change that decide how it relates to today's locale file. */
export interface ChangeFacts {
  baseText: string | null;
  baseReview: string | null;
  newText: string;
  review: ReviewMark;
  sourceHash: string;
}

/** The same key as the locale file on disk (or loaded at start) has it. */
export interface FileFacts {
  text: string | undefined;
  review: ReviewMark | undefined;
  sourceHash: string | undefined;
}

/**
 * `landed`: the file already says this (pulled and committed), nothing to do. `pending`: the file
 * is still what the translator edited, so the change applies. `conflict`: the file moved on since
 * (a developer or an import changed it), so the change is shown to people and never applied blindly.
 */
export type ChangeStatus = 'landed' | 'pending' | 'conflict';

export function changeStatus(change: ChangeFacts, file: FileFacts): ChangeStatus {
  if (file.text === change.newText && file.review === change.review && file.sourceHash === change.sourceHash) return 'landed';
  if ((file.text ?? null) === change.baseText && (file.review ?? null) === change.baseReview) return 'pending';
  return 'conflict';
}

/** The latest change per language/namespace/key: later changes to a key replace earlier ones. */
export function latestChanges<C extends { id: string; language: string; namespace: string; key: string }>(changes: readonly C[]): C[] {
  const latest = new Map<string, C>();
  for (const change of [...changes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    latest.set(`${change.language}\u0000${change.namespace}\u0000${change.key}`, change);
  }
  return [...latest.values()];
}

/**
 * The one meaning of a translated key's state, used by the server (what families are shown), the
 * widget ("show the English beneath"), the `npm run i18n` toolkit and the translators' workspace.
 * Pure and free of Node APIs so the widget and console can import it: callers pass hashes in.
 */

/** `stale`: a person reviewed it, but the English it was reviewed against has changed since. */
export const KEY_STATES = ['missing', 'draft', 'reviewed', 'stale'] as const;
export type KeyState = (typeof KEY_STATES)[number];

export type ReviewMark = 'draft' | 'reviewed';

/** Text a family in danger acts on, or agrees to: anything short of a current review gets the English beneath. */
export const SAFETY_NAMESPACES: readonly string[] = ['safeguarding', 'consent'];

export interface KeyRecord {
  /** The translation; undefined or blank means missing. */
  text: string | undefined;
  /** The review mark in the record beside the translation, if there is one. */
  review: ReviewMark | undefined;
  /** The hash of the English the record was made against (undefined when nobody recorded it). */
  recordedHash: string | undefined;
  /** The hash of today's English. */
  currentHash: string;
}

/**
 * A review counts only for the English it was made against: without a recorded hash nobody can
 * say which English that was, so such a review is stale too.
 */
export function keyState(record: KeyRecord): KeyState {
  if (record.text === undefined || record.text.trim() === '') return 'missing';
  if (record.review !== 'reviewed') return 'draft';
  return record.recordedHash === record.currentHash ? 'reviewed' : 'stale';
}

/** Whether a family reading this key also needs the English: only unreviewed safety text does. */
export function showsEnglishBeneath(namespace: string, state: KeyState): boolean {
  return SAFETY_NAMESPACES.includes(namespace) && state !== 'reviewed' && state !== 'missing';
}

/**
 * The state families are served by: stale safety text is treated as a draft, since the review no
 * longer vouches for what it says; elsewhere stale stays stale (still shown, queued for review).
 */
export function servedState(namespace: string, state: KeyState): KeyState {
  return state === 'stale' && SAFETY_NAMESPACES.includes(namespace) ? 'draft' : state;
}

/**
 * A whole namespace (or any set of keys) as a family meets it: as reviewed as its least reviewed
 * translated key. Missing keys show the English anyway, so they count only when nothing is translated.
 */
export function weakestState(states: Iterable<KeyState>): KeyState {
  const order: readonly KeyState[] = ['draft', 'stale', 'reviewed'];
  let weakest: KeyState = 'missing';
  for (const state of states) {
    if (state === 'missing') continue;
    if (weakest === 'missing' || order.indexOf(state) < order.indexOf(weakest)) weakest = state;
  }
  return weakest;
}

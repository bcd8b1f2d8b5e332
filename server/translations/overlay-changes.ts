import { textAt, type LocaleTree, type ReviewStates, type Resources } from '../i18n/index.js';
import { changeStatus, latestChanges, type ChangeFacts, type ChangeStatus } from './change-status.js';

export interface StoredChange extends ChangeFacts {
  id: string;
  language: string;
  namespace: string;
  key: string;
  oldText: string | null;
  authorId: string;
  changedBy: string;
  at: string;
}

export interface Overlay {
  locales: Resources;
  reviews: ReviewStates;
  /** The latest change of every key with one, and how it stands against the files. */
  changes: (StoredChange & { status: ChangeStatus })[];
}

/**
 * The locale files with every pending change laid over them. Trees on a changed path are copied,
 * never mutated, so caches keyed by a bundle object (encodings, translators) see a new object.
 */
export function overlayChanges(files: { locales: Resources; reviews: ReviewStates }, stored: readonly StoredChange[]): Overlay {
  const locales: Resources = { ...files.locales };
  const reviews: ReviewStates = { ...files.reviews };
  const changes = latestChanges(stored).map((change) => {
    const record = files.reviews[change.language]?.[`${change.namespace}:${change.key}`];
    const status = changeStatus(change, {
      text: textAt(files.locales[change.language]?.[change.namespace], change.key),
      review: record?.review,
      sourceHash: record?.sourceHash,
    });
    if (status === 'pending') {
      const bundles = (locales[change.language] = { ...locales[change.language] });
      bundles[change.namespace] = withText(bundles[change.namespace] ?? {}, change.key.split('.'), change.newText);
      reviews[change.language] = {
        ...reviews[change.language],
        [`${change.namespace}:${change.key}`]: { review: change.review, sourceHash: change.sourceHash },
      };
    }
    return { ...change, status };
  });
  return { locales, reviews, changes };
}

function withText(tree: LocaleTree, path: readonly string[], text: string): LocaleTree {
  const [head, ...rest] = path;
  if (head === undefined) return tree;
  const child = tree[head];
  return { ...tree, [head]: rest.length === 0 ? text : withText(typeof child === 'object' ? child : {}, rest, text) };
}

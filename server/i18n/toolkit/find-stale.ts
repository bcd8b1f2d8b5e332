import { UI_NAMESPACES } from '../namespaces.js';
import { formatJson } from './build-resource.js';
import { keyStatuses, type KeyStatus } from './key-status.js';
import { languageOf, type LoadedLocales } from './load-locales.js';
import { formatProblem, metaFileName, resourceFileName, type FileWrite, type MetaEntry } from './locale-snapshot.js';
import { sourceHash } from './source-hash.js';

/** Present translations whose English changed since (or that never recorded which English). */
export function findStale(loaded: LoadedLocales, options: { lang?: string } = {}): KeyStatus[] {
  return loaded.translations
    .filter((language) => options.lang === undefined || language.lang === options.lang)
    .flatMap((language) =>
      UI_NAMESPACES.flatMap((ns) => keyStatuses(loaded, language, ns).filter((status) => status.stale !== undefined)),
    );
}

/** One line per stale key, then `stale: <n> keys (<lang> <n>, ...)`. */
export function formatStaleReport(stale: KeyStatus[], root: string): string {
  const byLang = new Map<string, KeyStatus[]>();
  const lines = stale.map((status) => {
    const language = status.lang;
    byLang.set(language, [...(byLang.get(language) ?? []), status]);
    const message = status.stale === 'changed'
      ? 'stale: the English changed since this was translated'
      : 'stale: no meta record of the English it was translated from';
    return formatProblem(root, { lang: language, file: resourceFileName(status.ns), key: status.key, message });
  });
  const counts = [...byLang].map(([language, list]) => `${language} ${list.length}`).join(', ');
  lines.push(`stale: ${stale.length} key${stale.length === 1 ? '' : 's'}${counts ? ` (${counts})` : ''}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Declares every present translation of `lang` current with today's English. Keys that were
 * stale become drafts (their review was of other English); current keys keep their state. Meant for after a reviewed import or a check by a
 * person who confirmed the translations still fit; it does not review anything by itself.
 */
export function markCurrent(loaded: LoadedLocales, lang: string): { writes: FileWrite[]; updated: number } {
  const language = languageOf(loaded, lang);
  const writes: FileWrite[] = [];
  let updated = 0;
  for (const ns of UI_NAMESPACES) {
    const target = language.namespaces.get(ns);
    if (target === undefined || !target.usable) continue;
    const meta = new Map<string, MetaEntry>();
    let changed = false;
    for (const status of keyStatuses(loaded, language, ns)) {
      if (status.text === undefined) continue;
      const hash = sourceHash(status.source);
      if (status.stale !== undefined) {
        changed = true;
        updated += 1;
      }
      // A review covered the old English only: a key whose source changed goes back to draft.
      const review = status.stale === undefined ? (status.review ?? 'draft') : 'draft';
      meta.set(status.key, { sourceHash: hash, review });
    }
    // Records for keys that are not expected stay put: `check` reports them, a person decides.
    for (const [key, entry] of target.meta) if (!meta.has(key)) meta.set(key, entry);
    if (changed) writes.push({ lang, file: metaFileName(ns), text: formatJson(Object.fromEntries(meta)) });
  }
  return { writes, updated };
}

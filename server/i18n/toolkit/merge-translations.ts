import type { UiNamespace } from '../namespaces.js';
import { buildResource, formatJson } from './build-resource.js';
import { keyStatuses } from './key-status.js';
import type { LoadedLanguage, LoadedLocales } from './load-locales.js';
import { metaFileName, resourceFileName, type FileWrite, type MetaEntry } from './locale-snapshot.js';

/** An accepted translation; `meta` undefined leaves the key's review record as it was. */
export interface AcceptedTranslation {
  text: string;
  meta: MetaEntry | undefined;
}

/**
 * The namespace file and meta file after applying `accepted`, keys in English order. Keys the
 * translation has that English lacks are kept at the end: `check` reports them and a person
 * decides, an import never deletes text. Throws ResourceShapeError if keys cannot nest.
 */
export function mergeTranslations(
  loaded: LoadedLocales,
  language: LoadedLanguage,
  ns: UiNamespace,
  accepted: ReadonlyMap<string, AcceptedTranslation>,
): FileWrite[] {
  const target = language.namespaces.get(ns);
  if (target === undefined) return [];
  const texts = new Map(target.entries);
  const meta = new Map(target.meta);
  for (const [key, translation] of accepted) {
    texts.set(key, translation.text);
    if (translation.meta !== undefined) meta.set(key, translation.meta);
  }
  const order = [...new Set([...keyStatuses(loaded, language, ns).map((status) => status.key), ...texts.keys()])];
  const resource = buildResource(order.filter((key) => texts.has(key)).map((key) => [key, texts.get(key) as string]));
  const metaOrder = [...new Set([...order, ...meta.keys()])].filter((key) => meta.has(key));
  const writes: FileWrite[] = [{ lang: language.lang, file: resourceFileName(ns), text: formatJson(resource) }];
  if (meta.size > 0) {
    const record = Object.fromEntries(metaOrder.map((key) => [key, meta.get(key) as MetaEntry]));
    writes.push({ lang: language.lang, file: metaFileName(ns), text: formatJson(record) });
  }
  return writes;
}

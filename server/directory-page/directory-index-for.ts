import { fallbackChain, type Resources } from '../i18n/index.js';
import { createDirectoryIndex, type Catalogue, type DirectoryIndex } from '../resources/index.js';
import { entryUnit } from './entry-unit.js';

const indexes = new WeakMap<Catalogue, Map<string, DirectoryIndex>>();

/** One search index per loaded catalogue and language, built on first use: the translated summaries are searchable too. */
export function directoryIndexFor(catalogue: Catalogue, locales: Resources, language: string): DirectoryIndex {
  let byLanguage = indexes.get(catalogue);
  if (!byLanguage) {
    byLanguage = new Map();
    indexes.set(catalogue, byLanguage);
  }
  const chain = fallbackChain(language);
  const key = chain[0] ?? 'en';
  let index = byLanguage.get(key);
  if (!index) {
    index = createDirectoryIndex(catalogue.entries, (entry) => {
      const unit = entryUnit(locales, chain, entry.id, 'summary', '');
      return unit.inEnglish ? '' : unit.text;
    });
    byLanguage.set(key, index);
  }
  return index;
}

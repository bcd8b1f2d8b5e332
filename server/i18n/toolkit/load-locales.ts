import { SOURCE_LANGUAGE, UI_NAMESPACES, type UiNamespace } from '../namespaces.js';
import {
  metaFileName,
  resourceFileName,
  type LocaleSnapshot,
  type MetaEntry,
  type Problem,
} from './locale-snapshot.js';
import { parseMeta } from './parse-meta.js';
import { parseResource, type FileProblem } from './parse-resource.js';
import { hasPluralRules, isLanguageTag, pluralCategoriesOf } from './plural-keys.js';

export interface LoadedNamespace {
  ns: UiNamespace;
  exists: boolean;
  /** False when the file exists but is not a JSON object: nothing may overwrite it blindly. */
  usable: boolean;
  entries: Map<string, string>;
  metaExists: boolean;
  meta: Map<string, MetaEntry>;
}

export interface LoadedLanguage {
  lang: string;
  namespaces: ReadonlyMap<UiNamespace, LoadedNamespace>;
}

export interface LoadedLocales {
  english: LoadedLanguage;
  /** Every other language directory with a valid tag, sorted by tag. */
  translations: LoadedLanguage[];
  /** Problems found while reading: unreadable files, bad meta, bad language tags. */
  errors: Problem[];
  warnings: Problem[];
}

/** Detection data for server/safeguarding lives beside the namespaces but is not display text. */
const NOT_A_NAMESPACE = new Set(['safeguarding-phrases.json']);

/** Parses every namespace and meta file once, so each command works from the same reading. */
export function loadLocales(snapshot: LocaleSnapshot): LoadedLocales {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const translations: LoadedLanguage[] = [];
  const english = loadLanguage(SOURCE_LANGUAGE, snapshot[SOURCE_LANGUAGE] ?? {}, errors);
  for (const lang of Object.keys(snapshot).sort()) {
    const files = snapshot[lang] ?? {};
    reportStrayFiles(lang, files, warnings);
    if (lang === SOURCE_LANGUAGE) {
      for (const ns of UI_NAMESPACES) {
        if (files[metaFileName(ns)] !== undefined) {
          warnings.push({ lang, file: metaFileName(ns), message: 'ignored: English is the source and has no review record' });
        }
      }
      continue;
    }
    if (!isLanguageTag(lang)) {
      errors.push({ lang, message: 'not a valid language code (BCP 47), e.g. "pl", "pa-Arab" or "pt-BR"' });
      continue;
    }
    if (!hasPluralRules(lang)) {
      // Intl then answers with the runtime's default rules, and so will i18next in the browser.
      const used = pluralCategoriesOf(lang, false).join(', ');
      warnings.push({ lang, message: `no plural rules known for this language; plurals are checked as ${used}` });
    }
    translations.push(loadLanguage(lang, files, errors));
  }
  return { english, translations, errors, warnings };
}

/** The loaded language, or an empty one for a language being imported for the first time. */
export function languageOf(loaded: LoadedLocales, lang: string): LoadedLanguage {
  const found = lang === SOURCE_LANGUAGE ? loaded.english : loaded.translations.find((l) => l.lang === lang);
  return found ?? loadLanguage(lang, {}, []);
}

function loadLanguage(lang: string, files: Readonly<Record<string, string>>, errors: Problem[]): LoadedLanguage {
  const namespaces = new Map<UiNamespace, LoadedNamespace>();
  for (const ns of UI_NAMESPACES) {
    const text = files[resourceFileName(ns)];
    const metaText = lang === SOURCE_LANGUAGE ? undefined : files[metaFileName(ns)];
    const resource = text === undefined ? undefined : parseResource(text);
    const meta = metaText === undefined ? undefined : parseMeta(metaText);
    collect(errors, lang, resourceFileName(ns), resource?.problems ?? []);
    collect(errors, lang, metaFileName(ns), meta?.problems ?? []);
    namespaces.set(ns, {
      ns,
      exists: text !== undefined,
      usable: resource === undefined || resource.entries !== undefined,
      entries: resource?.entries ?? new Map(),
      metaExists: metaText !== undefined,
      meta: meta?.entries ?? new Map(),
    });
  }
  return { lang, namespaces };
}

function collect(into: Problem[], lang: string, file: string, problems: FileProblem[]): void {
  for (const problem of problems) into.push({ lang, file, ...problem });
}

function reportStrayFiles(lang: string, files: Readonly<Record<string, string>>, warnings: Problem[]): void {
  const known = new Set(UI_NAMESPACES.flatMap((ns) => [resourceFileName(ns), metaFileName(ns)]));
  for (const file of Object.keys(files).sort()) {
    if (known.has(file) || NOT_A_NAMESPACE.has(file)) continue;
    warnings.push({ lang, file, message: `ignored: not a namespace file (namespaces: ${UI_NAMESPACES.join(', ')})` });
  }
}

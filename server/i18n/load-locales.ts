import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SOURCE_LANGUAGE, UI_NAMESPACES } from './namespaces.js';

/** One namespace file: nested objects whose leaves are display strings. */
export type LocaleTree = { [key: string]: string | LocaleTree };
/** language -> namespace -> tree, the shape i18next takes as `resources`. */
export type Resources = Record<string, Record<string, LocaleTree>>;

// Staff read the console in English; only the namespaces a family can see decide "translated".
const FAMILY_NAMESPACES = UI_NAMESPACES.filter((ns) => ns !== 'console');

const LocaleTreeSchema: z.ZodType<LocaleTree> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), LocaleTreeSchema])),
);

/**
 * Reads locales/<language>/<namespace>.json for every UI namespace. Only namespace files are read,
 * so `<namespace>.meta.json` and `safeguarding-phrases.json` beside them are never taken for text.
 * A missing file is skipped (the fallback chain covers it); a malformed one stops start-up, since
 * serving it would show families broken text.
 */
export function loadLocales(localesDir: string): Resources {
  const resources: Resources = {};
  const languages = readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isLanguageTag(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const language of languages) {
    const bundles: Record<string, LocaleTree> = {};
    for (const ns of UI_NAMESPACES) {
      const file = join(localesDir, language, `${ns}.json`);
      if (existsSync(file)) bundles[ns] = readLocaleFile(file);
    }
    if (Object.keys(bundles).length > 0) resources[language] = bundles;
  }
  return resources;
}

function readLocaleFile(file: string): LocaleTree {
  let data: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
    data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${file}: invalid JSON: ${(error as Error).message}`);
  }
  const parsed = LocaleTreeSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Per language and namespace, the whole-number percentage of English keys translated (rounded
 * down, so 100 means complete). A plural counts once per base key, and is translated only when
 * every category the language's plural rules need has text.
 */
export function localeCoverage(resources: Resources): Record<string, Record<string, number>> {
  const english = resources[SOURCE_LANGUAGE] ?? {};
  const coverage: Record<string, Record<string, number>> = {};
  for (const [language, bundles] of Object.entries(resources)) {
    const byNamespace: Record<string, number> = {};
    for (const ns of UI_NAMESPACES) {
      const source = english[ns];
      if (source === undefined) continue;
      byNamespace[ns] = percentTranslated(source, bundles[ns], language);
    }
    coverage[language] = byNamespace;
  }
  return coverage;
}

/** A language is offered as translated when every namespace families see has a file. */
export function hasTranslation(resources: Resources, language: string): boolean {
  if (language === SOURCE_LANGUAGE) return true;
  const bundles = resources[language];
  return bundles !== undefined && FAMILY_NAMESPACES.every((ns) => bundles[ns] !== undefined);
}

/** Every language with a translation, English included. */
export function translatedLanguages(resources: Resources): string[] {
  const languages = Object.keys(resources).filter((language) => hasTranslation(resources, language));
  return [...new Set([SOURCE_LANGUAGE, ...languages])];
}

const PLURAL_SUFFIX = /^(.+?)(_ordinal)?_(zero|one|two|few|many|other)$/;

/** A plain key, or a plural written `<stem>_<category>` (stem is `base` or `base_ordinal`). */
type KeyFamily = { key: string } | { stem: string; ordinal: boolean };

function percentTranslated(source: LocaleTree, target: LocaleTree | undefined, language: string): number {
  const sourceKeys = flatten(source);
  const targetKeys = target === undefined ? new Map<string, string>() : flatten(target);
  const families = new Map<string, KeyFamily>();
  for (const key of sourceKeys.keys()) {
    const plural = PLURAL_SUFFIX.exec(key);
    const stem = plural ? `${plural[1]}${plural[2] ?? ''}` : undefined;
    // Only a key whose `_other` form exists is a plural; i18next always needs that form.
    if (stem !== undefined && sourceKeys.has(`${stem}_other`)) {
      families.set(stem, { stem, ordinal: plural?.[2] !== undefined });
    } else {
      families.set(key, { key });
    }
  }
  if (families.size === 0) return 100;
  const hasText = (key: string) => (targetKeys.get(key)?.trim() ?? '') !== '';
  const done = [...families.values()].filter((family) =>
    'key' in family
      ? hasText(family.key)
      : pluralCategories(language, family.ordinal).every((category) => hasText(`${family.stem}_${category}`)),
  );
  return Math.floor((done.length / families.size) * 100);
}

/** The categories i18next will ask for: it resolves plural rules through Intl.PluralRules too. */
function pluralCategories(language: string, ordinal: boolean): string[] {
  const type = ordinal ? 'ordinal' : 'cardinal';
  // i18next's own stand-in rule when Intl rejects the tag.
  if (!isLanguageTag(language)) return ['one', 'other'];
  return new Intl.PluralRules(language, { type }).resolvedOptions().pluralCategories;
}

function isLanguageTag(name: string): boolean {
  try {
    return Intl.getCanonicalLocales(name).length === 1;
  } catch {
    return false;
  }
}

function flatten(tree: LocaleTree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

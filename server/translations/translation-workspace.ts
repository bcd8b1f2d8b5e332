import { inArray } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { staff } from '../db/tables.js';
import { NotFoundError } from '../domain-errors.js';
import { directionOf, getLanguage, SOURCE_LANGUAGE, textAt, UI_NAMESPACES } from '../i18n/index.js';
import type { NamespaceCoverage, TranslationItem, TranslationLanguageView, TranslationWorkspaceView } from '../protocol/translation-bodies.js';
import { languageStates, translationItems } from './translation-items.js';

/** The languages a translator can work on: every translation the service has, with totals. */
export function translationLanguages(ctx: AppContext): TranslationLanguageView[] {
  return Object.keys(ctx.translations.files.locales)
    .filter((code) => code !== SOURCE_LANGUAGE)
    .sort()
    .map((code) => {
      const states = languageStates(ctx, code);
      return {
        code,
        name: getLanguage(code)?.english ?? code,
        direction: directionOf(code),
        keys: states.length,
        reviewed: states.filter((state) => state === 'reviewed').length,
        missing: states.filter((state) => state === 'missing').length,
      };
    });
}

/** One language's coverage by namespace, its work queue, glossary and conflicts with newer files. */
export async function translationWorkspace({ ctx, language }: { ctx: AppContext; language: string }): Promise<TranslationWorkspaceView> {
  if (language === SOURCE_LANGUAGE || ctx.translations.files.locales[language] === undefined) throw new NotFoundError(`translation ${language}`);
  const changes = ctx.translations.changes.filter((change) => change.language === language);
  const authorIds = [...new Set(changes.flatMap((change) => [change.authorId, change.changedBy]))];
  const people = authorIds.length === 0 ? [] : await ctx.db.select({ id: staff.id, name: staff.displayName }).from(staff).where(inArray(staff.id, authorIds));
  const names = new Map(people.map((person) => [person.id, person.name]));
  const items = translationItems(ctx, language, names);
  return {
    language,
    direction: directionOf(language),
    fourEyes: ctx.translations.config.fourEyes,
    coverage: UI_NAMESPACES.map((namespace) => coverageOf(namespace, items.filter((item) => item.namespace === namespace))),
    items,
    glossary: ctx.translations.config.glossary.map((entry) => ({ term: entry.term, translation: entry.languages[language] ?? '', note: entry.note })),
    conflicts: changes
      .filter((change) => change.status === 'conflict')
      .map((change) => ({
        namespace: change.namespace,
        key: change.key,
        fileText: textAt(ctx.translations.files.locales[language]?.[change.namespace], change.key) ?? null,
        changeText: change.newText,
        by: names.get(change.changedBy) ?? change.changedBy,
        at: change.at,
      })),
  };
}

function coverageOf(namespace: string, items: TranslationItem[]): NamespaceCoverage {
  const count = (state: TranslationItem['state']) => items.filter((item) => item.state === state).length;
  return { namespace, keys: items.length, missing: count('missing'), draft: count('draft'), stale: count('stale'), reviewed: count('reviewed') };
}

import { SOURCE_LANGUAGE, UI_NAMESPACES, type UiNamespace } from '../namespaces.js';
import { explainUnexpectedKey } from './expected-keys.js';
import { findTokenMismatches } from './find-token-mismatches.js';
import type { ImportUnit } from './import-unit.js';
import { isReviewed, keyStatuses, type KeyStatus } from './key-status.js';
import { languageOf, type LoadedLanguage, type LoadedLocales } from './load-locales.js';
import { resourceFileName, type FileWrite, type ReviewState } from './locale-snapshot.js';
import { mergeTranslations, type AcceptedTranslation } from './merge-translations.js';
import { sourceHash } from './source-hash.js';

export interface ImportOptions {
  lang: string;
  /** Overrides each unit's own state, e.g. `reviewed` after a reviewer signed off the file. */
  review?: ReviewState;
}

export interface ImportReport {
  writes: FileWrite[];
  imported: number;
  /** Same text and review as already stored: left alone, so re-importing a file is a no-op. */
  unchanged: number;
  /** Empty targets: not translated yet, so skipped (never used to delete a translation). */
  untranslated: number;
  rejected: { ref: string; reason: string }[];
  notices: { ref: string; message: string }[];
}

type Verdict =
  | { kind: 'reject'; reason: string }
  | { kind: 'untranslated' }
  | { kind: 'unchanged' }
  | { kind: 'accept'; ns: UiNamespace; translation: AcceptedTranslation; stale: boolean };

interface Batch {
  translations: Map<string, AcceptedTranslation>;
  units: ImportUnit[];
}

interface Context {
  loaded: LoadedLocales;
  language: LoadedLanguage;
  options: ImportOptions;
  statuses: Map<UiNamespace, Map<string, KeyStatus>>;
  seen: Map<string, string>;
}

/**
 * Validates units against today's English and merges the good ones. Placeholders, nesting refs
 * and markup must match the English exactly as `check` demands, so an import cannot break the
 * widget. The meta hash records the English in the file, so a translation of English that has
 * changed since export is imported but listed as stale.
 */
export function importUnits(loaded: LoadedLocales, units: readonly ImportUnit[], options: ImportOptions): ImportReport {
  const report: ImportReport = { writes: [], imported: 0, unchanged: 0, untranslated: 0, rejected: [], notices: [] };
  const language = languageOf(loaded, options.lang);
  const statuses = new Map(
    UI_NAMESPACES.map((ns) => [ns, new Map(keyStatuses(loaded, language, ns).map((status) => [status.key, status]))]),
  );
  const context: Context = { loaded, language, options, statuses, seen: new Map() };
  const accepted = new Map<UiNamespace, Batch>();
  for (const unit of units) {
    const verdict = judgeUnit(unit, context);
    if (verdict.kind === 'reject') report.rejected.push({ ref: unit.ref, reason: verdict.reason });
    else if (verdict.kind === 'untranslated') report.untranslated += 1;
    else if (verdict.kind === 'unchanged') report.unchanged += 1;
    else {
      const batch: Batch = accepted.get(verdict.ns) ?? { translations: new Map(), units: [] };
      batch.translations.set(unit.key, verdict.translation);
      batch.units.push(unit);
      accepted.set(verdict.ns, batch);
      if (verdict.stale) {
        report.notices.push({ ref: unit.ref, message: 'the English changed after this file was exported; imported, and listed as stale' });
      }
    }
  }
  for (const [ns, batch] of accepted) {
    try {
      report.writes.push(...mergeTranslations(loaded, language, ns, batch.translations));
      report.imported += batch.translations.size;
    } catch (error) {
      const reason = `cannot write ${resourceFileName(ns)}: ${(error as Error).message}`;
      for (const unit of batch.units) report.rejected.push({ ref: unit.ref, reason });
    }
  }
  return report;
}

function judgeUnit(unit: ImportUnit, { loaded, language, options, statuses, seen }: Context): Verdict {
  const reject = (reason: string): Verdict => ({ kind: 'reject', reason });
  if (options.lang === SOURCE_LANGUAGE) return reject('English is the source language; edit locales/en directly');
  if (unit.problem !== undefined) return reject(unit.problem);
  const ns = UI_NAMESPACES.find((name) => name === unit.ns);
  if (ns === undefined) return reject(`unknown namespace "${unit.ns}" (namespaces: ${UI_NAMESPACES.join(', ')})`);
  const status = statuses.get(ns)?.get(unit.key);
  if (status === undefined) {
    const english = loaded.english.namespaces.get(ns)?.entries ?? new Map<string, string>();
    return reject(`unknown id "${ns}:${unit.key}": ${explainUnexpectedKey(unit.key, english, options.lang)}`);
  }
  const id = `${ns}:${unit.key}`;
  const first = seen.get(id);
  if (first !== undefined) return reject(`the same id as ${first}`);
  seen.set(id, unit.ref);
  if (unit.target === undefined) return { kind: 'untranslated' };
  if (unit.target.trim() === '') return reject('the translation is only spaces');
  const mismatches = findTokenMismatches(status.source, unit.target, status.plural !== undefined);
  if (mismatches.length > 0) return reject(mismatches.join('; '));
  if (!language.namespaces.get(ns)?.usable) {
    return reject(`${resourceFileName(ns)} is not valid JSON; fix it (npm run i18n -- check) and import again`);
  }
  const review = options.review ?? unit.review ?? 'draft';
  const storedReview = isReviewed(status) ? 'reviewed' : 'draft';
  if (options.review === undefined && unit.target === status.text && review === storedReview) return { kind: 'unchanged' };
  const meta = { sourceHash: sourceHash(unit.source), review };
  return { kind: 'accept', ns, translation: { text: unit.target, meta }, stale: unit.source !== status.source };
}

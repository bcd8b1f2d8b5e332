import { UI_NAMESPACES } from '../i18n/namespaces.js';
import { languageOf, type FileWrite, type LoadedLocales } from '../i18n/toolkit/index.js';
import { mergeTranslations, type AcceptedTranslation } from '../i18n/toolkit/merge-translations.js';
import { changeStatus, latestChanges } from './change-status.js';
import type { StoredChange } from './overlay-changes.js';

export interface PullReport {
  writes: FileWrite[];
  /** Changes written into the files now. */
  pulled: StoredChange[];
  /** Changes the files already hold (pulled before). */
  landed: number;
  /** Changes made against text the file no longer has: listed with both texts, never written. */
  conflicts: { change: StoredChange; fileText: string | undefined }[];
}

/**
 * The console's pending changes as edits of the locale files, in the files' own format and key
 * order (the import's merge), so a developer reviews and commits a normal diff.
 */
export function pullChanges(loaded: LoadedLocales, stored: readonly StoredChange[]): PullReport {
  const report: PullReport = { writes: [], pulled: [], landed: 0, conflicts: [] };
  const byLanguage = new Map<string, StoredChange[]>();
  for (const change of latestChanges(stored)) byLanguage.set(change.language, [...(byLanguage.get(change.language) ?? []), change]);
  for (const [lang, changes] of [...byLanguage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const language = languageOf(loaded, lang);
    for (const ns of UI_NAMESPACES) {
      const accepted = new Map<string, AcceptedTranslation>();
      const target = language.namespaces.get(ns);
      for (const change of changes.filter((c) => c.namespace === ns)) {
        const meta = target?.meta.get(change.key);
        const fileText = target?.entries.get(change.key);
        const status = changeStatus(change, { text: fileText, review: meta?.review, sourceHash: meta?.sourceHash });
        if (status === 'landed') report.landed += 1;
        else if (status === 'conflict' || target?.usable !== true) report.conflicts.push({ change, fileText });
        else {
          accepted.set(change.key, { text: change.newText, meta: { sourceHash: change.sourceHash, review: change.review } });
          report.pulled.push(change);
        }
      }
      if (accepted.size > 0) report.writes.push(...mergeTranslations(loaded, language, ns, accepted));
    }
  }
  return report;
}

/** What `npm run i18n -- pull` prints: one line per change pulled or in conflict, then a total. */
export function formatPullReport(report: PullReport, root: string): string {
  const where = (change: StoredChange) => `${root}/${change.language}/${change.namespace}.json: ${change.key}`;
  const lines = [
    ...report.pulled.map((change) => `${where(change)}: pulled (${change.review}, ${change.at})`),
    ...report.conflicts.map(
      ({ change, fileText }) =>
        `${where(change)}: conflict: the file now says ${JSON.stringify(fileText ?? null)}; the console change (${change.at}) says ${JSON.stringify(change.newText)}; not written`,
    ),
    `pull: ${report.pulled.length} pulled, ${report.conflicts.length} in conflict, ${report.landed} already in the files`,
  ];
  return `${lines.join('\n')}\n`;
}

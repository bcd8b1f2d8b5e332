/**
 * Translator tooling for locales/: pure functions over a `LocaleSnapshot` (file texts in memory)
 * that return reports and `FileWrite`s. scripts/i18n.ts is the only caller touching the disk.
 */
export {
  formatProblem,
  metaFileName,
  resourceFileName,
  type FileWrite,
  type LocaleSnapshot,
  type MetaEntry,
  type Problem,
  type ReviewState,
} from './locale-snapshot.js';
export { loadLocales, languageOf, type LoadedLanguage, type LoadedLocales, type LoadedNamespace } from './load-locales.js';
export { parseResource, type ParsedResource } from './parse-resource.js';
export { parseMeta, type ParsedMeta } from './parse-meta.js';
export { buildResource, formatJson } from './build-resource.js';
export { sourceHash } from './source-hash.js';
export { expectedKeys, type ExpectedKey } from './expected-keys.js';
export { isLanguageTag, parsePluralKey, pluralCategoriesOf, type PluralCategory, type PluralKey } from './plural-keys.js';
export { extractTokens, findTokenMismatches, type TextTokens } from './find-token-mismatches.js';
export { keyStatuses, isReviewed, type KeyStatus, type StaleReason } from './key-status.js';

export { checkLocales, type CheckReport } from './check-locales.js';
export { formatCheckReport } from './format-check-report.js';
export { findStale, formatStaleReport, markCurrent } from './find-stale.js';
export { coverageStatus, type Coverage, type LanguageStatus, type StatusReport } from './coverage-status.js';
export { formatStatus, type StatusFormat } from './format-status.js';
export { collectUnits, type ExportUnit, type SegmentState, type UnitNote } from './collect-units.js';
export { writeXliff, XLIFF_NAMESPACE } from './write-xliff.js';
export { writeCsv, CSV_COLUMNS } from './write-csv.js';
export { detectFormat, readImportFile, type ExchangeFormat } from './read-import-file.js';
export type { ImportFile, ImportUnit } from './import-unit.js';
export { importUnits, type ImportOptions, type ImportReport } from './import-units.js';
export { formatImportReport } from './format-import-report.js';

/**
 * Safeguarding: spot danger in what a family writes, in any language, and say who can help now.
 * Detection and routing are pure; the loaders (phrase book, config, model) are the only file reads,
 * done once at start.
 * The report for safeguarding leads reads the database.
 */
export { detectDanger, type DangerMatch, type DetectOptions } from './detect-danger.js';
export { matchSpan, type MatchSpan } from './match-span.js';
export { compilePhraseBook, type PhraseBook, type PhraseBookLanguage } from './compile-phrase-book.js';
export { loadPhraseBook, PHRASE_FILE_NAME, type PhraseBookSources } from './load-phrase-book.js';
export { parseRuleFile, RuleFile, type Rule } from './rule-file.js';
export { parsePhraseFile, PhraseFile, PhraseBookError, type PhraseFileInput } from './phrase-file.js';
export { normaliseText } from './normalise-text.js';
export { SEVERITY_ORDER, compareSeverity } from './severity-order.js';
export { routeFor, type RouteTime } from './route-for.js';
export {
  loadSafeguardingConfig,
  parseSafeguardingConfig,
  SafeguardingConfig,
  CONTACT_HOURS,
  type ContactHours,
  type SafeguardingContact,
} from './safeguarding-config.js';
export { safeguardingReport } from './safeguarding-report.js';
export { withSafeguardingModel } from './model/with-safeguarding-model.js';
export { loadSafeguardingModel, DEFAULT_MODEL_PATH } from './model/load-safeguarding-model.js';
export { parseSafeguardingModel, SafeguardingModelError } from './model/parse-safeguarding-model.js';
export type { SafeguardingModel } from './model/safeguarding-model.js';

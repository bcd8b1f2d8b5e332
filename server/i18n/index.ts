/** Languages, translations and their coverage: the public surface of server/i18n. */
export { SOURCE_LANGUAGE, UI_NAMESPACES, type UiNamespace } from './namespaces.js';
export { foldForSearch, matchLanguageTag, searchLanguages, type Language } from './language-search.js';
export {
  directionOf,
  fallbackChain,
  getLanguage,
  listLanguages,
  parseLanguages,
  RTL_SCRIPTS,
} from './language-registry.js';
export {
  hasTranslation,
  loadLocales,
  localeCoverage,
  translatedLanguages,
  type LocaleTree,
  type Resources,
} from './load-locales.js';
export { createTranslator, type TextParams, type Translator } from './create-translator.js';
export {
  loadReviewStates,
  isReviewed,
  namespaceStates,
  stateOfKey,
  textAt,
  type ReviewRecord,
  type ReviewStates,
} from './load-review-states.js';
export {
  KEY_STATES,
  SAFETY_NAMESPACES,
  keyState,
  servedState,
  showsEnglishBeneath,
  weakestState,
  type KeyRecord,
  type KeyState,
  type ReviewMark,
} from './key-state.js';

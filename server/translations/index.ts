/** The translators' workspace (#17): console edits stored as pending changes over locales/. */
export { loadTranslationConfig, type GlossaryEntry, type TranslationConfig } from './translation-config.js';
export { createTranslationRuntime, refreshTranslations, startTranslationOverlay, type TranslationRuntime } from './translation-runtime.js';
export { changeStatus, latestChanges, type ChangeFacts, type ChangeStatus, type FileFacts } from './change-status.js';
export { overlayChanges, type Overlay, type StoredChange } from './overlay-changes.js';
export { checkTranslation, type TranslationCheck } from './check-translation.js';
export { findGlossaryMisses, type GlossaryTerm } from './find-glossary-misses.js';
export { glossaryFor } from './glossary-for.js';
export { saveTranslation } from './save-translation.js';
export { translationLanguages, translationWorkspace } from './translation-workspace.js';
export { pullChanges, formatPullReport, type PullReport } from './pull-changes.js';
export { readStoredChanges } from './read-stored-changes.js';

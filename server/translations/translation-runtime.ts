import type { AppContext } from '../app-context.js';
import type { ReviewStates, Resources } from '../i18n/index.js';
import { overlayChanges, type Overlay } from './overlay-changes.js';
import { readStoredChanges } from './read-stored-changes.js';
import type { TranslationConfig } from './translation-config.js';

/** The translations the service was started with, and the console's changes laid over them. */
export interface TranslationRuntime {
  config: TranslationConfig;
  /** The locale files as read at start: what `pull` and conflicts are judged against. */
  files: { locales: Resources; reviews: ReviewStates };
  changes: Overlay['changes'];
}

export function createTranslationRuntime(config: TranslationConfig, locales: Resources, reviews: ReviewStates): TranslationRuntime {
  return { config, files: { locales, reviews }, changes: [] };
}

/**
 * Re-reads every stored change and swaps the served locales for files + pending changes, so the
 * next request (locale routes, consent wording, safety text) sees them. One read of a small table.
 */
export async function refreshTranslations(ctx: AppContext): Promise<void> {
  const overlay = overlayChanges(ctx.translations.files, await readStoredChanges(ctx.db));
  ctx.locales = overlay.locales;
  ctx.reviews = overlay.reviews;
  ctx.translations.changes = overlay.changes;
}

/** Loads the overlay at start and follows changes made in this and (PostgreSQL) other processes. */
export async function startTranslationOverlay(ctx: AppContext): Promise<void> {
  await refreshTranslations(ctx);
  ctx.bus.subscribe('translations.changed', () => {
    refreshTranslations(ctx).catch((error: unknown) => ctx.log.error({ err: (error as Error).message }, 'translation refresh failed'));
  });
}

import type { AppContext } from '../app-context.js';
import { createTranslator, isReviewed } from '../i18n/index.js';
import type { WordingSources } from './consent-wording.js';

/** Consent wording comes from the shipped locales and their review records. */
export function wordingSources(ctx: AppContext): WordingSources {
  return {
    t: (language, key) => createTranslator(ctx.locales, language).t(key),
    isReviewed: (language, key) => isReviewed(ctx.locales, ctx.reviews, language, key),
  };
}

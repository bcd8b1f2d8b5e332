import type { AppContext } from '../app-context.js';
import { recordAudit, type AuditActor } from '../audit/index.js';
import { orderedId } from '../db/index.js';
import { translationChanges } from '../db/tables.js';
import { ForbiddenError, NotFoundError, UnprocessableError } from '../domain-errors.js';
import { SOURCE_LANGUAGE, textAt } from '../i18n/index.js';
import { sourceHash } from '../i18n/toolkit/source-hash.js';
import type { TranslationChangeBody } from '../protocol/translation-bodies.js';
import { checkTranslation } from './check-translation.js';
import { glossaryFor } from './glossary-for.js';
import { refreshTranslations } from './translation-runtime.js';
import { expectedKey } from './translation-items.js';

/**
 * Stores one translator's change and serves it at once. The text must pass the same checks as
 * `npm run i18n -- check`; with four eyes on, nobody marks reviewed a text they wrote themselves.
 * The change and its audit entry commit together; every process then re-reads the changes.
 */
export async function saveTranslation({ ctx, actor, language, input }: { ctx: AppContext; actor: AuditActor; language: string; input: TranslationChangeBody }): Promise<{ id: string }> {
  if (language === SOURCE_LANGUAGE || ctx.translations.files.locales[language] === undefined) throw new NotFoundError(`translation ${language}`);
  const expected = expectedKey(ctx, language, input.namespace, input.key);
  if (expected === undefined) throw new NotFoundError(`English key ${input.namespace}:${input.key}`);
  const check = checkTranslation(expected.source, input.text, expected.plural !== undefined, glossaryFor(ctx.translations.config, language));
  if (check.errors.length > 0) throw new UnprocessableError(check.errors.join('; '));

  const id = `${input.namespace}:${input.key}`;
  const shown = textAt(ctx.locales[language]?.[input.namespace], input.key);
  const previous = ctx.translations.changes.find((c) => c.language === language && c.namespace === input.namespace && c.key === input.key && c.status === 'pending');
  // The author of the text as it will stand: whoever changes the words; a review keeps the author.
  const authorId = input.text === shown ? (previous?.authorId ?? 'locale-file') : actor.id;
  if (input.review === 'reviewed' && ctx.translations.config.fourEyes && authorId === actor.id) {
    throw new ForbiddenError('Four eyes: a second translator must review a text you wrote.');
  }
  const fileRecord = ctx.translations.files.reviews[language]?.[id];
  const row = {
    id: orderedId(),
    language,
    namespace: input.namespace,
    key: input.key,
    baseText: textAt(ctx.translations.files.locales[language]?.[input.namespace], input.key) ?? null,
    baseReview: fileRecord?.review ?? null,
    oldText: shown ?? null,
    newText: input.text,
    review: input.review,
    sourceHash: sourceHash(expected.source),
    authorId,
    changedBy: actor.id,
    at: ctx.now().toISOString(),
  };
  await ctx.store.transaction(async (tx) => {
    await tx.insert(translationChanges).values(row);
    const action = input.text === shown ? `translation.${input.review === 'reviewed' ? 'reviewed' : 'unreviewed'}` : 'translation.edited';
    await recordAudit(tx, actor, action, { type: 'translation', id: `${language}/${id}` }, ctx.now(), {
      old: row.oldText,
      new: row.newText,
      review: row.review,
    });
  });
  await refreshTranslations(ctx);
  ctx.bus.publish('translations.changed');
  return { id: row.id };
}

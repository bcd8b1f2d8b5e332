import { useEffect, useRef } from 'preact/hooks';
import { t } from '../model/console-i18n.js';
import type { TranslationModel } from '../model/translation-model.js';
import { GlossaryList } from './glossary-list.js';

/**
 * One key: its English, where it appears, the text checked as it is typed (the same rules as
 * `npm run i18n -- check`), save as draft or mark reviewed, and the chat's own preview mode.
 */
export function TranslationEditor({ model }: { model: TranslationModel }) {
  const view = model.workspace.value;
  const item = model.selected.value;
  const check = model.check.value;
  const message = model.message.value;
  const text = useRef<HTMLTextAreaElement>(null);
  const itemId = item ? `${item.namespace}:${item.key}` : null;
  // Choosing a key moves focus to its text, so keyboard users go straight on typing.
  useEffect(() => text.current?.focus(), [itemId]);
  if (!view) return null;
  const blocked = (check?.errors.length ?? 1) > 0 || model.busy.value;
  const fourEyesStop = view.fourEyes && model.ownText.value;

  return (
    <section class="translation-editor" aria-labelledby="translation-editor-heading">
      <h3 id="translation-editor-heading">{item ? <code>{itemId}</code> : t('translations.editor')}</h3>
      {!item ? (
        <p class="hint">{t('translations.pick')}</p>
      ) : (
        <>
          <dl class="translation-facts">
            <dt>{t('translations.english')}</dt>
            <dd lang="en" dir="ltr">
              {item.english}
            </dd>
            <dt>{t('translations.stateLabel')}</dt>
            <dd>{t(`translations.state.${item.state}`)}</dd>
            <dt>{t('translations.where')}</dt>
            <dd>{item.where.join('; ')}</dd>
            {item.note && (
              <>
                <dt>{t('translations.note')}</dt>
                <dd>{item.note}</dd>
              </>
            )}
            {item.plural && (
              <>
                <dt>{t('translations.plural')}</dt>
                <dd>{t('translations.pluralForm', { category: item.plural.category, examples: item.plural.examples.join(', ') })}</dd>
              </>
            )}
            {item.author && (
              <>
                <dt>{t('translations.author')}</dt>
                <dd>{item.author.name}</dd>
              </>
            )}
          </dl>
          <div class="field">
            <label for="translation-text">{t('translations.text')}</label>
            <textarea
              id="translation-text"
              ref={text}
              rows={4}
              lang={view.language}
              dir={view.direction}
              maxLength={2000}
              value={model.draft.value}
              aria-describedby="translation-check"
              aria-invalid={(check?.errors.length ?? 0) > 0 ? 'true' : undefined}
              onInput={(event) => (model.draft.value = event.currentTarget.value)}
            />
          </div>
          <div id="translation-check" class="translation-check">
            {check?.errors.map((error) => (
              <p key={error} class="problem">
                {error}
              </p>
            ))}
            {check?.warnings.map((warning) => (
              <p key={warning} class="hint">
                {warning}
              </p>
            ))}
            {check && check.errors.length === 0 && check.warnings.length === 0 && <p class="hint">{t('translations.checksPass')}</p>}
          </div>
          <div class="actions">
            <button type="button" class="button" disabled={blocked} onClick={() => void model.save('draft')}>
              {t('translations.saveDraft')}
            </button>
            <button type="button" class="button primary" disabled={blocked || fourEyesStop} aria-describedby={fourEyesStop ? 'four-eyes' : undefined} onClick={() => void model.save('reviewed')}>
              {t('translations.markReviewed')}
            </button>
          </div>
          {fourEyesStop && (
            <p id="four-eyes" class="hint">
              {t('translations.fourEyes')}
            </p>
          )}
          <p role="status" class={message?.kind === 'error' ? 'problem' : 'hint'}>
            {message ? (message.kind === 'error' ? t('translations.saveFailed', { reason: message.text }) : t(`translations.saved.${message.text}`)) : ''}
          </p>
          <p>
            <a href={`/?fd-preview=${encodeURIComponent(view.language)}`} target="_blank" rel="noopener">
              {t('translations.preview')}
            </a>
          </p>
        </>
      )}
      <GlossaryList glossary={view.glossary} language={view.language} />
    </section>
  );
}

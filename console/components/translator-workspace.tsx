import { useEffect } from 'preact/hooks';
import { t } from '../model/console-i18n.js';
import type { TranslationModel } from '../model/translation-model.js';
import { TranslationCoverage } from './translation-coverage.js';
import { TranslationEditor } from './translation-editor.js';
import { TranslationQueue } from './translation-queue.js';

/** The translator's page: choose a language, see its coverage, work the queue one key at a time. */
export function TranslatorWorkspace({ model }: { model: TranslationModel }) {
  const view = model.workspace.value;
  useEffect(() => void model.loadLanguages(), [model]);

  return (
    <main id="main" tabIndex={-1} class="panel translator-workspace" aria-labelledby="translations-heading">
      <h2 id="translations-heading">{t('translations.heading')}</h2>
      <p class="hint">{t('translations.intro')}</p>
      <div class="field">
        <label for="translation-language">{t('translations.language')}</label>
        <select id="translation-language" value={view?.language ?? ''} onChange={(event) => void model.choose(event.currentTarget.value)}>
          <option value="" disabled>
            {t('translations.chooseLanguage')}
          </option>
          {model.languages.value.map((language) => (
            <option key={language.code} value={language.code}>
              {t('translations.languageOption', { name: language.name, code: language.code, reviewed: language.reviewed, keys: language.keys })}
            </option>
          ))}
        </select>
      </div>
      {view && (
        <>
          <TranslationCoverage view={view} />
          <div class="translation-layout">
            <TranslationQueue model={model} />
            <TranslationEditor model={model} />
          </div>
        </>
      )}
    </main>
  );
}

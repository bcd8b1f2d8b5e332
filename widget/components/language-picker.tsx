import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '../../server/i18n/language-search.js';
import type { WidgetModel } from '../model/widget-model.js';
import { isolate } from './bidi-text.js';
import { focusIfIdle } from './focus-if-idle.js';

/** Used when the language list cannot be fetched: the family can still start in English. */
const ENGLISH: Language = { code: 'en', endonym: 'English', english: 'English', dir: 'ltr', fallback: [] };

/**
 * A search box over every language by its own name and its English name, the device's languages
 * first. Languages without a translation say so plainly; choosing one asks for a second language
 * to continue in, and staff are told an interpreter is needed.
 */
export function LanguagePicker({ model }: { model: WidgetModel }) {
  const { t } = model.translator;
  const { languages } = model;
  const awaiting = languages.awaitingFallback.value;
  const list = awaiting ? languages.translatedResults.value : languages.results.value;
  const status = languages.status.value;
  const choose = awaiting ? model.chooseFallback : model.chooseLanguage;
  const canGoBack = !!awaiting || !!model.choice.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const awaitingCode = awaiting?.code;
  // The pressed language button disappears when the list changes: say where the family now is.
  useEffect(() => {
    if (awaitingCode) focusIfIdle(heading.current);
  }, [awaitingCode]);

  if (status === 'refused') {
    return (
      <div class="body">
        <p class="error" role="alert">
          {t('language.refused')}
        </p>
      </div>
    );
  }
  return (
    <div class="body">
      {canGoBack && (
        <button
          type="button"
          class="button link"
          onClick={awaiting ? languages.cancelFallback : model.cancelLanguagePicker}
        >
          {t('language.back')}
        </button>
      )}
      <h3 id="fd-lang-heading" ref={heading} tabIndex={-1}>
        {awaiting ? t('language.fallbackHeading', { language: isolate(awaiting.endonym) }) : t('language.heading')}
      </h3>
      <p>{awaiting ? t('language.fallbackIntro', { language: isolate(awaiting.english) }) : t('language.intro')}</p>
      {!awaiting && <p class="hint">{t('quickExit.explain')}</p>}
      <div>
        <label class="field-label" for="fd-lang-search">
          {t('language.search')}
        </label>
        <input
          id="fd-lang-search"
          class="input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          dir="auto"
          value={languages.query.value}
          onInput={(event) => (languages.query.value = event.currentTarget.value)}
          aria-describedby="fd-lang-count"
        />
      </div>
      <p id="fd-lang-count" class="hint" role="status">
        {status === 'loading' && t('language.loading')}
        {status === 'ready' && (list.length ? t('language.results', { count: list.length }) : t('language.none'))}
      </p>
      {status === 'failed' && (
        <div class="actions">
          <p class="error">{t('language.loadFailed')}</p>
          <button type="button" class="button" onClick={() => void languages.load()}>
            {t('language.retry')}
          </button>
          <button type="button" class="button" onClick={() => choose(ENGLISH)}>
            {t('language.continueInEnglish')}
          </button>
        </div>
      )}
      <ul class="languages" aria-labelledby="fd-lang-heading">
        {list.map((language) => (
          <li key={language.code}>
            <button type="button" class="button language" onClick={() => choose(language)}>
              <span class="endonym" lang={language.code} dir={language.dir}>
                {language.endonym}
              </span>
              {language.english !== language.endonym && (
                <span class="english" lang="en" dir="ltr">
                  {language.english}
                </span>
              )}
              {!languages.isTranslated(language.code) && <span class="untranslated">{t('language.notTranslated')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

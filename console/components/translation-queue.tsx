import { t } from '../model/console-i18n.js';
import type { TranslationModel, WorkFilter } from '../model/translation-model.js';

/** The keys to work on, safeguarding and consent first; each opens in the editor. */
export function TranslationQueue({ model }: { model: TranslationModel }) {
  const view = model.workspace.value;
  const selected = model.selected.value;
  const items = model.shown.value;
  if (!view) return null;

  return (
    <section class="translation-queue" aria-labelledby="translation-queue-heading">
      <h3 id="translation-queue-heading">{t('translations.queue', { count: items.length })}</h3>
      <fieldset class="field-row">
        <legend>{t('translations.show')}</legend>
        {(['queue', 'all'] as WorkFilter[]).map((filter) => (
          <label key={filter} class="field-check">
            <input type="radio" name="translation-filter" checked={model.filter.value === filter} onChange={() => (model.filter.value = filter)} />
            {t(`translations.filter.${filter}`)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="translation-namespace">{t('translations.namespace')}</label>
        <select id="translation-namespace" value={model.namespace.value} onChange={(event) => (model.namespace.value = event.currentTarget.value)}>
          <option value="">{t('translations.allNamespaces')}</option>
          {view.coverage.map((row) => (
            <option key={row.namespace} value={row.namespace}>
              {row.namespace}
            </option>
          ))}
        </select>
      </div>
      <ul class="translation-items">
        {items.map((item) => (
          <li key={`${item.namespace}:${item.key}`}>
            <button
              type="button"
              class="translation-item"
              aria-current={selected?.namespace === item.namespace && selected.key === item.key ? 'true' : undefined}
              onClick={() => model.select(item)}
            >
              <span class={`state state-${item.state}`}>{t(`translations.state.${item.state}`)}</span>
              {item.safety && <span class="state state-safety">{t('translations.safety')}</span>}
              <code>{`${item.namespace}:${item.key}`}</code>
              <span class="translation-english">{item.english}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

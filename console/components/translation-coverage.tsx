import type { TranslationWorkspaceView } from '../../server/protocol/translation-bodies.js';
import { t } from '../model/console-i18n.js';

/** Coverage by namespace, and console changes a newer locale file overtook (shown, never lost). */
export function TranslationCoverage({ view }: { view: TranslationWorkspaceView }) {
  return (
    <>
      {/* Focusable, so the table can be scrolled from the keyboard on a narrow screen. */}
      <div class="table-scroll" role="region" aria-label={t('translations.coverage')} tabIndex={0}>
        <table class="report-table translation-coverage">
          <caption>{t('translations.coverage')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('translations.namespace')}</th>
              <th scope="col">{t('translations.keys')}</th>
              {(['missing', 'draft', 'stale', 'reviewed'] as const).map((state) => (
                <th scope="col" key={state}>
                  {t(`translations.state.${state}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.coverage.map((row) => (
              <tr key={row.namespace}>
                <th scope="row">{row.namespace}</th>
                <td>{row.keys}</td>
                <td>{row.missing}</td>
                <td>{row.draft}</td>
                <td>{row.stale}</td>
                <td>{row.reviewed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.conflicts.length > 0 && (
        <section class="translation-conflicts" aria-labelledby="translation-conflicts-heading">
          <h3 id="translation-conflicts-heading">{t('translations.conflicts')}</h3>
          <ul>
            {view.conflicts.map((conflict) => (
              <li key={`${conflict.namespace}:${conflict.key}`}>
                <code>{`${conflict.namespace}:${conflict.key}`}</code>{' '}
                {t('translations.conflict', { by: conflict.by, file: conflict.fileText ?? '—', change: conflict.changeText })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

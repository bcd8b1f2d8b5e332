import type { TranslationWorkspaceView } from '../../server/protocol/translation-bodies.js';
import { t } from '../model/console-i18n.js';

/** The agreed terms beside the editor; a term without one in this language says so. */
export function GlossaryList({ glossary, language }: { glossary: TranslationWorkspaceView['glossary']; language: string }) {
  return (
    <section class="glossary" aria-labelledby="glossary-heading">
      <h3 id="glossary-heading">{t('translations.glossary')}</h3>
      <dl>
        {glossary.map((entry) => (
          <div key={entry.term}>
            <dt lang="en">{entry.term}</dt>
            <dd>
              {entry.translation === '' ? t('translations.noTerm') : <bdi lang={language}>{entry.translation}</bdi>}
              <span class="hint"> — {entry.note}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

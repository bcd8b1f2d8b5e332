import { t } from '../model/console-i18n.js';
import type { ManagerModel } from '../model/manager-model.js';

/** Downloads of the enquiries in the chosen range, for the case system. */
export function ExportLinks({ manager }: { manager: ManagerModel }) {
  return (
    <section aria-labelledby="export-heading">
      <h3 id="export-heading">{t('manager.export.heading')}</h3>
      <p class="hint">{t('manager.export.hint')}</p>
      <ul class="export-links">
        <li>
          <a href={manager.exportHref('csv')} download>
            {t('manager.export.csv')}
          </a>
        </li>
        <li>
          <a href={manager.exportHref('json')} download>
            {t('manager.export.json')}
          </a>
        </li>
      </ul>
    </section>
  );
}

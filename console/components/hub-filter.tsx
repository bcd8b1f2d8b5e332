import { t } from '../model/console-i18n.js';
import { QUEUE_HUBS, type HubFilterModel } from '../model/hub-filter-model.js';
import { hubLabel } from '../model/hub-label.js';

/** Checkboxes for the hubs to watch; shared by the queue and the callbacks list. */
export function HubFilter({ filter, idPrefix }: { filter: HubFilterModel; idPrefix: string }) {
  const selected = filter.selected.value;
  return (
    <fieldset class="hub-filter">
      <legend>{t('filter.legend')}</legend>
      <ul>
        {QUEUE_HUBS.map((hub) => (
          <li key={hub}>
            <input type="checkbox" id={`${idPrefix}-${hub}`} checked={selected.has(hub)} onChange={() => filter.toggle(hub)} />
            <label for={`${idPrefix}-${hub}`}>{hubLabel(hub)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

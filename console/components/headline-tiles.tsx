import type { Headline } from '../../server/measures/index.js';
import { t } from '../model/console-i18n.js';

const shown = (value: number | null, unit: Headline['unit']) => (value === null ? t('scorecard.none') : t(`scorecard.unit.${unit}`, { value }));

/** The headline measures, each with its target and a red/amber/green state said in words, not by colour alone. */
export function HeadlineTiles({ headlines }: { headlines: Headline[] }) {
  return (
    <ul class="scorecard-tiles">
      {headlines.map((h) => (
        <li key={h.measure} class={`scorecard-tile rag-${h.rag}`}>
          <h4>{t(`scorecard.measure.${h.measure}`)}</h4>
          <p class="tile-value">{shown(h.value, h.unit)}</p>
          <p>{h.target === null ? t('scorecard.noTarget') : t(h.better === 'lower' ? 'scorecard.targetAtMost' : 'scorecard.targetAtLeast', { target: shown(h.target, h.unit) })}</p>
          <p class="tile-rag">{t(`scorecard.rag.${h.rag}`)}</p>
        </li>
      ))}
    </ul>
  );
}

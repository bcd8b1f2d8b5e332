import type { Scorecard } from '../../server/measures/index.js';
import type { ChartTable } from './chart-table.js';
import { t } from './console-i18n.js';
import { hubLabel } from './hub-label.js';
import { languageLabel } from './language-label.js';

/** The scorecard's charts as tables (see chart-table.ts). Pure over the scorecard. */

const hubName = (hub: string) => (hub === 'unknown' ? t('scorecard.hubUnknown') : hubLabel(hub));
const needName = (need: string) => (need === 'not-said' ? t('scorecard.notSaid') : t(`common:needs.${need}`, { defaultValue: need }));
const whoName = (who: string) => (who === 'not-said' ? t('scorecard.notSaid') : t(`common:askers.${who}`, { defaultValue: who }));

export function seriesChart(card: Scorecard): ChartTable {
  return {
    id: 'series',
    title: t(card.interval === 'week' ? 'scorecard.chart.weekly' : 'scorecard.chart.monthly'),
    columns: [t(card.interval === 'week' ? 'scorecard.column.weekFrom' : 'scorecard.column.month'), t('scorecard.column.contacts'), t('scorecard.column.completedIn1')],
    rows: card.series.map((p) => ({ label: p.start, values: [p.contacts, p.contactsCompletedIn1WorkingDay.percent] })),
  };
}

export function hubChart(card: Scorecard): ChartTable {
  return {
    id: 'hubs',
    title: t('scorecard.chart.byHub'),
    columns: [t('scorecard.column.hub'), t('scorecard.column.contacts'), t('scorecard.column.completedIn1'), t('scorecard.column.triageIn4'), t('scorecard.column.callbacksOnTime')],
    rows: card.hubs.map((hub) => {
      const m = card.byHub[hub]!;
      return {
        label: hubName(hub),
        values: [m.contacts.total, m.appendixA.contactsCompletedIn1WorkingDay.percent, m.appendixA.triageIn4WorkingDays.percent, m.liveChat.callbacksOnTime.percent],
      };
    }),
  };
}

/** Need x hub: contacts summed over language and who is asking. */
export function demandChart(card: Scorecard): ChartTable {
  const needs = [...new Set(card.demand.map((d) => d.need))].sort();
  const counts = new Map<string, number>();
  for (const d of card.demand) counts.set(`${d.need}|${d.hub}`, (counts.get(`${d.need}|${d.hub}`) ?? 0) + d.contacts);
  return {
    id: 'demand',
    title: t('scorecard.chart.demand'),
    columns: [t('scorecard.column.need'), ...card.hubs.map(hubName)],
    rows: needs.map((need) => ({ label: needName(need), values: card.hubs.map((hub) => counts.get(`${need}|${hub}`) ?? 0) })),
  };
}

export function whoChart(card: Scorecard): ChartTable {
  return countChart('who', t('scorecard.chart.who'), t('scorecard.column.who'), card.total.contacts.byWho, whoName);
}

export function interpreterChart(card: Scorecard): ChartTable {
  return countChart('interpreters', t('scorecard.chart.interpreters'), t('scorecard.column.language'), card.total.contacts.interpreterByLanguage, (tag) => languageLabel(tag).english);
}

function countChart(id: string, title: string, heading: string, counts: Record<string, number>, name: (key: string) => string): ChartTable {
  return {
    id,
    title,
    columns: [heading, t('scorecard.column.contacts')],
    rows: Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([key, count]) => ({ label: name(key), values: [count] })),
  };
}

import type { HubsConfig } from '../config/index.js';
import { LOCALITIES } from '../protocol/index.js';
import { demandCells, type DemandCell } from './demand-cells.js';
import { headlines, type Headline } from './headlines.js';
import { hubMeasures, recordsOfHub, type HubMeasures } from './hub-measures.js';
import { CHANNELS, type HubKey, type MeasureRecords } from './measure-records.js';
import { isRecorded } from './measure-stats.js';
import type { Target } from './scorecard-targets.js';
import { scorecardSeries, type Interval, type SeriesPoint } from './scorecard-series.js';
import { workingDayCalendar } from './working-day-calendar.js';

export const HUB_KEYS: readonly HubKey[] = [...LOCALITIES, 'unknown'];

export interface Scorecard {
  from: string;
  to: string;
  interval: Interval;
  /** The hubs these figures cover: one when filtered, else every hub (and `unknown`). */
  hubs: HubKey[];
  headlines: Headline[];
  total: HubMeasures;
  byHub: Partial<Record<HubKey, HubMeasures>>;
  series: SeriesPoint[];
  demand: DemandCell[];
  /** Optional record fields no record carries yet: their measures are null, not zero. */
  notRecorded: string[];
}

/**
 * The Early Help scorecard over records already limited to the range and the hubs the reader may
 * see. Pure: the clock (`now`, an ISO instant) decides which time limits have run out.
 */
export function computeScorecard(
  records: MeasureRecords,
  options: { from: string; to: string; interval: Interval; hubs: readonly HubKey[]; now: string; config: HubsConfig; targets: readonly Target[] },
): Scorecard {
  const calendar = workingDayCalendar(options.config);
  const today = calendar.localDate(options.now);
  const total = hubMeasures(records, calendar, options.now);
  const byHub: Partial<Record<HubKey, HubMeasures>> = {};
  for (const hub of options.hubs) byHub[hub] = hubMeasures(recordsOfHub(records, hub), calendar, options.now);
  return {
    from: options.from,
    to: options.to,
    interval: options.interval,
    hubs: [...options.hubs],
    headlines: headlines(total, options.targets),
    total,
    byHub,
    series: scorecardSeries(records.contacts, options, options.interval, calendar, today),
    demand: demandCells(records.contacts),
    notRecorded: notRecorded(records),
  };
}

function notRecorded(records: MeasureRecords): string[] {
  const optional = [
    ...CHANNELS.filter((c) => !records.channels.includes(c)).map((c) => [`channel-${c}`, false] as const),
    ['clickThroughs', isRecorded(records.contacts, 'clickThroughs')],
    ['feedbackRating', isRecorded(records.contacts, 'feedbackRating')],
    ['referrerAgency', isRecorded(records.contacts, 'referrerAgency')],
    ['familyKey', isRecorded(records.enquiries, 'familyKey')],
    ['levelOfNeed', isRecorded(records.enquiries, 'levelOfNeed')],
    ['step', isRecorded(records.enquiries, 'step')],
  ] as const;
  return optional.flatMap(([field, recorded]) => (recorded ? [] : [field]));
}

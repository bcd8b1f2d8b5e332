import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LOCALITIES, type Locality } from '../protocol/vocabulary.js';
import { projectPath } from '../project-root.js';

/** Hub facts (names, postcode districts, opening hours) are deployment data in config/hubs.json. */

const Time = z.string().regex(/^\d\d:\d\d$/);
const Day = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

const Hub = z.object({
  name: z.string(),
  postcodeDistricts: z.array(z.string().regex(/^[A-Z]{1,2}\d{1,2}$/)),
  openingHours: z.partialRecord(Day, z.tuple([Time, Time])),
});

export const HubsConfig = z.object({
  timezone: z.string(),
  callbackPromise: z.literal('end-of-next-working-day'),
  hubs: z.record(z.enum(LOCALITIES), Hub),
  /** Dates (YYYY-MM-DD) the hubs close besides weekends and bank holidays. */
  extraClosedDays: z.array(z.string().regex(/^\d{4}-\d\d-\d\d$/)),
  /**
   * A waiting family whose widget has been offline this long has gone: their handoff leaves the
   * queue (a callback when we hold their contact details), so nobody waits behind them.
   */
  waitingFamilyGoneAfterMinutes: z.number().int().min(1).max(24 * 60).default(10),
});
export type HubsConfig = z.infer<typeof HubsConfig>;
export type Hub = z.infer<typeof Hub>;

export function loadHubsConfig(path: string | URL = projectPath('config/hubs.json')): HubsConfig {
  return HubsConfig.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Postcode district (e.g. "BD7") to locality, derived from the hubs config. */
export function districtLocalities(config: HubsConfig): Record<string, Locality> {
  const table: Record<string, Locality> = {};
  for (const locality of LOCALITIES) {
    for (const district of config.hubs[locality].postcodeDistricts) table[district] = locality;
  }
  return table;
}

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { OrukService, orukPage } from './oruk-schema.js';

/** Bounds on what an import reads, so a wrong URL or a runaway feed cannot exhaust the machine. */
export const FEED_LIMITS = { maxServices: 5_000, maxBytes: 20_000_000, maxPages: 200, perPage: 100, timeoutMs: 15_000 } as const;

export interface FeedRead {
  services: OrukService[];
  /** One line per service the feed sent that is not valid ORUK, naming it by id or position. */
  invalid: string[];
}

/** Feeds send null for absent fields; the profile's types say absent, so nulls are removed first. */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (item === null ? [] : [[key, dropNulls(item)]])));
}

/** A JSON file: an array of services, an ORUK page of them ({ contents }), or one service. */
export function parseOrukFeed(raw: unknown): FeedRead {
  const cleaned = dropNulls(raw);
  const items: unknown[] = Array.isArray(cleaned) ? cleaned : isPage(cleaned) ? cleaned.contents : [cleaned];
  if (items.length > FEED_LIMITS.maxServices) throw new RangeError(`the feed has ${items.length} services; at most ${FEED_LIMITS.maxServices} are imported at once`);
  const services: OrukService[] = [];
  const invalid: string[] = [];
  items.forEach((item, index) => {
    const result = OrukService.safeParse(item);
    if (result.success) services.push(result.data);
    else invalid.push(`${describe(item, index)}: ${result.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(service)'} ${issue.message}`).join('; ')}`);
  });
  return { services, invalid };
}

/** Reads a file path, or an ORUK API (its base URL): every /services page, then each /services/{id} in full. */
export async function readOrukFeed(source: string): Promise<FeedRead> {
  if (!/^https?:\/\//.test(source)) return parseOrukFeed(JSON.parse(await readFile(source, 'utf8')));
  if (/\.json(\?|$)/.test(source)) return parseOrukFeed(await getJson(source));
  const base = source.replace(/\/+$/, '');
  const ids: string[] = [];
  const ListPage = orukPage(z.object({ id: z.uuid() }));
  for (let page = 1; page <= FEED_LIMITS.maxPages && ids.length < FEED_LIMITS.maxServices; page += 1) {
    const listing = ListPage.parse(dropNulls(await getJson(`${base}/services?page=${page}&per_page=${FEED_LIMITS.perPage}`)));
    ids.push(...listing.contents.map((service) => service.id));
    if (listing.last_page || listing.contents.length === 0) break;
  }
  const full: unknown[] = [];
  for (const id of ids.slice(0, FEED_LIMITS.maxServices)) full.push(await getJson(`${base}/services/${encodeURIComponent(id)}`));
  return parseOrukFeed(full);
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(FEED_LIMITS.timeoutMs) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > FEED_LIMITS.maxBytes) throw new RangeError(`${url} is ${length} bytes; the limit is ${FEED_LIMITS.maxBytes}`);
  const text = await response.text();
  if (text.length > FEED_LIMITS.maxBytes) throw new RangeError(`${url} is over ${FEED_LIMITS.maxBytes} bytes`);
  return JSON.parse(text);
}

function isPage(value: unknown): value is { contents: unknown[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { contents?: unknown }).contents);
}

function describe(item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `service ${id.slice(0, 60)}` : `service [${index}]`;
}

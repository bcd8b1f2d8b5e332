import { readFile, rename, writeFile } from 'node:fs/promises';
import { parseCatalogue, type Catalogue, type CatalogueEntry } from '../resources/index.js';
import { fromOrukService, type ImportSettings } from './from-oruk-service.js';
import type { FeedRead } from './read-oruk-feed.js';

export interface ImportReport {
  imported: number;
  /** Entries from an earlier import of the same feed that it no longer lists. */
  removed: number;
  skipped: string[];
  warnings: string[];
  invalid: string[];
}

/**
 * Replaces every entry an earlier import of the same feed made with what the feed says now, and
 * keeps all other entries (hand-written ones, other feeds). Pure; the result is validated whole,
 * so a feed can never leave a catalogue the server refuses to start with.
 */
export function mergeFeed(catalogue: Catalogue, feed: FeedRead, settings: ImportSettings): { catalogue: Catalogue; report: ImportReport } {
  const report: ImportReport = { imported: 0, removed: 0, skipped: [], warnings: [], invalid: feed.invalid };
  const kept = catalogue.entries.filter((entry) => entry.source?.feed !== settings.feed);
  const ownIds = new Set(kept.map((entry) => entry.id));
  const imported: CatalogueEntry[] = [];
  for (const service of feed.services) {
    const result = fromOrukService(service, settings);
    if ('skipped' in result) {
      report.skipped.push(`${service.name} (${service.id}): ${result.skipped}`);
    } else if (ownIds.has(result.entry.id)) {
      report.skipped.push(`${service.name} (${service.id}): id ${result.entry.id} is already taken`);
    } else {
      ownIds.add(result.entry.id);
      imported.push(result.entry);
      report.warnings.push(...result.warnings.map((warning) => `${service.name} (${service.id}): ${warning}`));
    }
  }
  report.imported = imported.length;
  report.removed = catalogue.entries.length - kept.length;
  return { catalogue: parseCatalogue({ ...catalogue, entries: [...kept, ...imported] }, settings.feed), report };
}

/** Reads, merges and rewrites the catalogue file (through a temporary file, so a crash leaves the old one). */
export async function importIntoCatalogueFile(path: string, feed: FeedRead, settings: ImportSettings): Promise<ImportReport> {
  const current = parseCatalogue(JSON.parse(await readFile(path, 'utf8')), path);
  const { catalogue, report } = mergeFeed(current, feed, settings);
  const temporary = `${path}.importing`;
  await writeFile(temporary, `${JSON.stringify(catalogue, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
  return report;
}

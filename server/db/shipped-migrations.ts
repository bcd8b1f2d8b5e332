import { readFileSync } from 'node:fs';
import { projectPath } from '../project-root.js';

/** How many migrations this build ships in a drizzle-kit folder: the database must have applied at least these. */
export function shippedMigrations(folder: string): number {
  const journal = JSON.parse(readFileSync(projectPath(`${folder}/meta/_journal.json`), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

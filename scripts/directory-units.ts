import { readFileSync, writeFileSync } from 'node:fs';
import { projectPath } from '../server/project-root.js';
import { entryUnits, loadCatalogue } from '../server/resources/index.js';

/**
 * `npm run directory:units`: writes each catalogue entry's summary and eligibility into
 * locales/en/resources.json under `entries`, so translators see new and changed text as units
 * (`npm run i18n -- stale` then lists translations made from older English).
 */
const file = projectPath('locales/en/resources.json');
const english = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
english.entries = entryUnits(loadCatalogue());
writeFileSync(file, `${JSON.stringify(english, null, 2)}\n`, 'utf8');
console.log(`${Object.keys(english.entries as object).length} entries written to ${file}`);

import { projectPath } from '../server/project-root.js';
import { defaultImportSettings, importIntoCatalogueFile, readOrukFeed } from '../server/open-referral/index.js';

/**
 * `npm run directory:import -- <file|url> [--catalogue path]`: imports an Open Referral UK feed
 * (a JSON file, or an ORUK API's base URL) into the resource catalogue. Entries from an earlier
 * import of the same feed are replaced; hand-written entries are kept. Restart the server to serve them.
 */
async function main(args: string[]): Promise<number> {
  const at = args.indexOf('--catalogue');
  const catalogue = at >= 0 ? args[at + 1] : projectPath('server/resources/catalogue.json');
  const source = args.find((arg, index) => !arg.startsWith('--') && index !== at + 1);
  if (!source || !catalogue) {
    console.error('usage: npm run directory:import -- <file|url> [--catalogue path]');
    return 2;
  }
  const feed = await readOrukFeed(source);
  const report = await importIntoCatalogueFile(catalogue, feed, defaultImportSettings(source, new Date().toISOString().slice(0, 10)));
  for (const line of report.invalid) console.error(`invalid: ${line}`);
  for (const line of report.skipped) console.warn(`skipped: ${line}`);
  for (const line of report.warnings) console.warn(`warning: ${line}`);
  console.log(`${report.imported} services imported from ${source} into ${catalogue} (${report.removed} earlier entries from this feed replaced).`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);

import { parseArgs } from 'node:util';
import { copyDatabase, type CopyReport } from '../server/db/copy/copy-database.js';
import { DatabaseUrl } from '../server/config/database-url.js';

/**
 * Moves a pilot from SQLite to PostgreSQL:
 *   npm run db:copy -- --from sqlite:./data/front-door.sqlite --to postgres://user:pass@host/db [--replace] [--dry-run] [--verify]
 * Exit 0: every table copied (or, with --verify, matches) by row count and checksum; 1: a mismatch
 * or a failure (nothing is committed); 2: bad arguments. See docs/postgresql.md.
 */
const USAGE = 'usage: npm run db:copy -- --from sqlite:<file> --to postgres://… [--replace] [--dry-run] [--verify]';

function parse() {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, to: { type: 'string' }, replace: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, verify: { type: 'boolean' } },
    strict: true,
  });
  if (!values.from?.startsWith('sqlite:') || values.from.length <= 'sqlite:'.length) throw new Error('--from must be sqlite:<path to the .sqlite file>');
  const target = DatabaseUrl.safeParse(values.to ?? '');
  if (!target.success) throw new Error(`--to: ${target.error.issues[0]?.message ?? 'bad URL'}`);
  if (values.verify && (values.replace || values['dry-run'])) throw new Error('--verify copies nothing: it takes neither --replace nor --dry-run');
  return { sourcePath: values.from.slice('sqlite:'.length), targetUrl: target.data, replace: !!values.replace, dryRun: !!values['dry-run'], verifyOnly: !!values.verify };
}

/** The URL without its password, for printing. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function print(report: CopyReport, from: string, to: string): void {
  const width = Math.max(...report.tables.map((t) => t.table.length));
  console.log(`${report.mode}: ${from} -> ${to}`);
  for (const t of report.tables) {
    const verdict = t.ok ? 'ok' : t.sourceRows !== t.targetRows ? 'ROW COUNT DIFFERS' : 'CHECKSUM DIFFERS';
    console.log(`  ${t.table.padEnd(width)}  ${String(t.sourceRows).padStart(8)} -> ${String(t.targetRows).padStart(8)}  ${t.targetChecksum.slice(0, 16)}  ${verdict}`);
  }
  const outcome = report.mode === 'verify' ? (report.ok ? 'databases match' : 'databases DIFFER') : report.committed ? 'copied and committed' : report.ok ? 'verified, rolled back (dry run)' : 'MISMATCH: rolled back, nothing copied';
  console.log(outcome);
}

let args: ReturnType<typeof parse>;
try {
  args = parse();
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
try {
  const report = await copyDatabase(args);
  print(report, args.sourcePath, redact(args.targetUrl));
  process.exit(report.ok ? 0 : 1);
} catch (error) {
  console.error(`db:copy failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

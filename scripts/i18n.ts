/**
 * `npm run i18n -- <command>`: the disk and process edge of server/i18n/toolkit. It reads
 * locales/ into a snapshot, runs one pure command, writes what the command returns and sets the
 * exit code (0 fine, 1 problems found, 2 wrong usage).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SOURCE_LANGUAGE } from '../server/i18n/namespaces.js';
import {
  checkLocales, collectUnits, coverageStatus, detectFormat, findStale, formatCheckReport, formatImportReport,
  formatStaleReport, formatStatus, importUnits, isLanguageTag, loadLocales, markCurrent, readImportFile, writeCsv, writeXliff,
  type FileWrite, type LocaleSnapshot,
} from '../server/i18n/toolkit/index.js';
import { parseEnv } from '../server/config/index.js';
import { openPostgresStore, openSqliteStore } from '../server/db/index.js';
import { formatPullReport, pullChanges, readStoredChanges } from '../server/translations/index.js';

const USAGE = `Usage: npm run i18n -- <command> [options]
  check  [--lang xx]                         report errors (exit 1); missing keys are only counted
  stale  [--lang xx]                         list translations whose English has changed
  stale  --mark-current --lang xx            record today's English as the source of every translation
  status [--format md|json] [--out file]     coverage per language and namespace
  export --lang xx --format xliff|csv [--out file]
  import --lang xx --file f [--format xliff|csv] [--review draft|reviewed]
  pull   [--database file]                   write the console's pending changes into locales/ (exit 1 on conflicts)
                                             from DATABASE_URL, else --database or DATABASE_PATH
  Every command takes --locales <dir> (default: locales).`;

class UsageError extends Error {}

const { values, positionals } = parseCommandLine();
const root = (values.locales ?? 'locales').replaceAll('\\', '/').replace(/\/+$/, '');
const say = (text: string): void => void process.stdout.write(text);

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        locales: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' },
        file: { type: 'string' }, review: { type: 'string' }, database: { type: 'string' }, 'mark-current': { type: 'boolean' }, help: { type: 'boolean' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
}

function run(): number {
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined) {
    say(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}`);
  const snapshot = readSnapshot(root);
  const loaded = loadLocales(snapshot);
  const lang = values.lang;
  // A new language has no directory yet: it can be exported blank and imported, not checked.
  if (lang !== undefined && (command === 'check' || command === 'stale') && snapshot[lang] === undefined) {
    throw new UsageError(`no language directory ${root}/${lang}`);
  }
  if (command !== 'check' && loaded.errors.length > 0) {
    process.stderr.write(`warning: ${loaded.errors.length} problem(s) in locale files; run: npm run i18n -- check\n`);
  }
  switch (command) {
    case 'check': {
      const report = checkLocales(loaded, { lang });
      say(formatCheckReport(report, root));
      return report.errors.length > 0 ? 1 : 0;
    }
    case 'stale': {
      if (values['mark-current'] !== true) {
        say(formatStaleReport(findStale(loaded, { lang }), root));
        return 0;
      }
      const { writes, updated } = markCurrent(loaded, translationLanguage(lang));
      applyWrites(writes);
      say(`stale: marked ${updated} key(s) in ${lang} current with today's English\n`);
      return 0;
    }
    case 'status': {
      const format = oneOf(values.format ?? 'md', ['md', 'json'] as const, '--format');
      emit(formatStatus(coverageStatus(loaded), format));
      return 0;
    }
    case 'export': {
      const target = translationLanguage(lang);
      const format = oneOf(values.format, ['xliff', 'csv'] as const, '--format');
      const units = collectUnits(loaded, target);
      if (units.length === 0) throw new Error(`there is no English text in ${root}/${SOURCE_LANGUAGE} to export`);
      emit(format === 'xliff' ? writeXliff(units, target) : writeCsv(units));
      const done = units.filter((unit) => unit.target !== undefined).length;
      process.stderr.write(`export ${target}: ${units.length} units, ${done} translated\n`);
      return 0;
    }
    case 'import': {
      const target = translationLanguage(lang);
      if (values.file === undefined) throw new UsageError('import needs --file');
      const review = values.review === undefined ? undefined : oneOf(values.review, ['draft', 'reviewed'] as const, '--review');
      const text = readUtf8(values.file);
      const format = values.format === undefined ? detectFormat(values.file, text) : oneOf(values.format, ['xliff', 'csv'] as const, '--format');
      const file = readImportFile(text, format, target);
      if (file.fatal !== undefined) {
        say(`${values.file}: ${file.fatal}\n`);
        return 1;
      }
      const report = importUnits(loaded, file.units, { lang: target, review });
      applyWrites(report.writes);
      say(formatImportReport(report, values.file, target));
      return report.rejected.length > 0 ? 1 : 0;
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

function translationLanguage(lang: string | undefined): string {
  if (lang === undefined) throw new UsageError('this command needs --lang');
  if (lang === SOURCE_LANGUAGE) throw new UsageError('English is the source language, not a translation');
  if (!isLanguageTag(lang)) throw new UsageError(`--lang ${lang} is not a language code such as pl or pt-BR`);
  return lang;
}

function oneOf<const T extends string>(value: string | undefined, allowed: readonly T[], option: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new UsageError(`${option} must be one of ${allowed.join(', ')}`);
  return found;
}

/** Every `*.json` file one level inside each language directory; hidden directories are skipped. */
function readSnapshot(dir: string): LocaleSnapshot {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`no locales directory at ${dir}`);
  const snapshot: Record<string, Record<string, string>> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const files: Record<string, string> = {};
    for (const file of readdirSync(path.join(dir, entry.name), { withFileTypes: true })) {
      if (file.isFile() && file.name.endsWith('.json')) files[file.name] = readUtf8(path.join(dir, entry.name, file.name));
    }
    snapshot[entry.name] = files;
  }
  return snapshot;
}

/** Refuses non-UTF-8 rather than guess: a spreadsheet saved in a local code page would garble text. */
function readUtf8(file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    if (error instanceof TypeError) throw new Error(`${file} is not UTF-8 text; save it as UTF-8 (in Excel: "CSV UTF-8")`);
    throw error;
  }
}

function applyWrites(writes: FileWrite[]): void {
  for (const write of writes) {
    mkdirSync(path.join(root, write.lang), { recursive: true });
    writeFileSync(path.join(root, write.lang, write.file), write.text, 'utf8');
  }
}

/** Reports go to --out when given, else to stdout. */
function emit(text: string): void {
  if (values.out === undefined) say(text);
  else writeFileSync(values.out, text, 'utf8');
}

/**
 * Translators' console changes from the service's database into the files. Only changes made
 * against the text the file still has are written; the rest are listed as conflicts.
 */
async function pull(): Promise<number> {
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
  const loaded = loadLocales(readSnapshot(root));
  const env = parseEnv();
  const databasePath = values.database ?? env.DATABASE_PATH;
  if (!env.DATABASE_URL && !existsSync(databasePath)) throw new UsageError(`no database at ${databasePath}`);
  const store = env.DATABASE_URL ? await openPostgresStore(env.DATABASE_URL) : openSqliteStore(databasePath);
  try {
    const report = pullChanges(loaded, await readStoredChanges(store.db));
    applyWrites(report.writes);
    say(formatPullReport(report, root));
    return report.conflicts.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

try {
  process.exitCode = positionals[0] === 'pull' && values.help !== true ? await pull() : run();
} catch (error) {
  const usage = error instanceof UsageError;
  process.stderr.write(`i18n: ${(error as Error).message}\n${usage ? `${USAGE}\n` : ''}`);
  process.exitCode = usage ? 2 : 1;
}

/**
 * `npm run safeguarding:eval [-- --misses] [--dev dir] [--heldout dir]`: the detector against the
 * development and held-out corpora, printed separately. Held-out texts are never printed: only
 * its aggregate numbers, so nobody tunes the lexicons to it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPhraseBook } from '../server/safeguarding/index.js';
import { parseCorpus, type CorpusLine } from '../server/safeguarding/eval/corpus-line.js';
import { evaluateCorpus, percent, type CorpusReport, type Rate } from '../server/safeguarding/eval/evaluate-corpus.js';

const { values } = parseArgs({
  options: {
    misses: { type: 'boolean' },
    dev: { type: 'string', default: 'test/fixtures/safeguarding/eval/dev' },
    heldout: { type: 'string', default: 'test/fixtures/safeguarding/eval/heldout' },
  },
});

const book = loadPhraseBook();
const out = (text = '') => void process.stdout.write(`${text}\n`);

for (const [part, dir] of [['DEVELOPMENT (tuned on)', values.dev], ['HELD-OUT (never tuned on)', values.heldout]] as const) {
  const lines = readCorpusDir(dir);
  out(`\n=== ${part}: ${dir} ===`);
  if (lines.length === 0) {
    out('no corpus files found');
    continue;
  }
  const report = evaluateCorpus(lines, book, () => performance.now());
  printReport(report);
  if (values.misses && part.startsWith('DEVELOPMENT')) printMisses(report);
}

function readCorpusDir(dir: string): CorpusLine[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseCorpus(readFileSync(join(dir, name), 'utf8'), join(dir, name)));
}

function printReport(report: CorpusReport): void {
  const danger = report.recall.total;
  out(`lines ${report.lines}: ${danger} danger, ${report.falseAlarms.total} harmless`);
  out(`recall            ${percent(report.recall)}  (${report.recall.hits}/${danger})   target >= 90%`);
  out(`false alarms      ${percent(report.falseAlarms)}  (${report.falseAlarms.hits}/${report.falseAlarms.total})   target <= 3%`);
  out(`right card first  ${percent(report.rightCardFirst)}  (${report.rightCardFirst.hits}/${report.rightCardFirst.total} found)   target >= 95%`);
  out(`category first    ${percent(report.categoryFirst)}  (first category = labels[0])`);
  out(`time per message  mean ${report.meanMs.toFixed(3)} ms, p99 ${report.p99Ms.toFixed(3)} ms`);
  table('recall by language', report.recallByLanguage, report.falseAlarmsByLanguage);
  table('recall by category', report.recallByCategory);
  table('recall by style', report.recallByStyle);
}

function table(title: string, rates: Record<string, Rate>, alarms?: Record<string, Rate>): void {
  out(`\n${title}${alarms ? ' (and false alarms)' : ''}`);
  for (const key of Object.keys(rates).sort()) {
    const rate = rates[key]!;
    const alarm = alarms?.[key];
    out(`  ${key.padEnd(18)} ${percent(rate)} (${rate.hits}/${rate.total})${alarm ? `   false alarms ${percent(alarm)} (${alarm.hits}/${alarm.total})` : ''}`);
  }
}

function printMisses(report: CorpusReport): void {
  const show = (heading: string, filter: (r: CorpusReport['results'][number]) => boolean) => {
    const rows = report.results.filter(filter);
    out(`\n${heading} (${rows.length})`);
    for (const { line, matches } of rows) {
      const got = matches.map((m) => `${m.category}[${m.ruleId}]"${m.matchedText}"`).join(' ');
      out(`  [${line.lang}/${line.style}] ${line.labels.join(',') || 'harmless'}: ${line.text}${got ? `\n      -> ${got}` : ''}`);
    }
  };
  show('DEV MISSES', (r) => r.outcome === 'missed');
  show('DEV FALSE ALARMS', (r) => r.outcome === 'false-alarm');
  show('DEV WRONG CARD FIRST', (r) => r.rightCardFirst === false);
}

/**
 * `npm run safeguarding:eval [-- --misses] [--dev dir] [--heldout dir]`: the detector against the
 * development and held-out corpora, printed separately, rules only beside rules + model. On the
 * development corpus the model figures are cross-validated (each line scored by a model trained
 * without it, as `npm run safeguarding:train` chose the threshold); on the held-out corpus the
 * shipped model is used. Held-out texts are never printed: only its aggregate numbers, so nobody
 * tunes the lexicons or the model to it.
 */
import { parseArgs } from 'node:util';
import { loadPhraseBook, type PhraseBook } from '../server/safeguarding/index.js';
import { readCorpusDir } from '../server/safeguarding/eval/read-corpus-dir.js';
import { evaluateCorpus, percent, type CorpusReport, type Rate } from '../server/safeguarding/eval/evaluate-corpus.js';
import { loadSafeguardingModel } from '../server/safeguarding/model/load-safeguarding-model.js';
import { crossValidate } from '../server/safeguarding/model-training/cross-validate.js';
import { loadTrainingData } from '../server/safeguarding/model-training/training-data.js';
import { TRAINING_PLAN } from '../server/safeguarding/model-training/training-plan.js';
import { projectPath } from '../server/project-root.js';

const { values } = parseArgs({
  options: {
    misses: { type: 'boolean' },
    dev: { type: 'string', default: 'test/fixtures/safeguarding/eval/dev' },
    heldout: { type: 'string', default: 'test/fixtures/safeguarding/eval/heldout' },
  },
});

const rules = loadPhraseBook();
const model = loadSafeguardingModel();
const out = (text = '') => void process.stdout.write(`${text}\n`);
const clock = () => performance.now();

// Development: the corpus exactly as the trainer reads it, so folds match the trainer's.
const dev = loadTrainingData(values.dev, projectPath('locales'));
out(`\n=== DEVELOPMENT (tuned on): ${values.dev} ===`);
if (dev.lines.length === 0) out('no corpus files found');
else {
  if (dev.corpusHash !== model.corpusHash) out('NOTE: the corpus or lexicons changed since the model was trained; run npm run safeguarding:train');
  const { foldOf, models } = crossValidate(dev.lines, dev.extras, TRAINING_PLAN.shape, TRAINING_PLAN.folds, model.threshold);
  const foldBooks: PhraseBook[] = models.map((foldModel) => ({ ...rules, model: foldModel }));
  const withModel = evaluateCorpus(dev.lines, (index) => foldBooks[foldOf[index]!]!, clock);
  printReports(evaluateCorpus(dev.lines, rules, clock), withModel, `rules+model (${TRAINING_PLAN.folds}-fold cross-validated)`);
  if (values.misses) printMisses(withModel);
}

const heldOut = readCorpusDir(values.heldout);
out(`\n=== HELD-OUT (never tuned on): ${values.heldout} ===`);
if (heldOut.length === 0) out('no corpus files found');
else printReports(evaluateCorpus(heldOut, rules, clock), evaluateCorpus(heldOut, { ...rules, model }, clock), 'rules+model (shipped model)');

function printReports(before: CorpusReport, after: CorpusReport, afterName: string): void {
  const danger = before.recall.total;
  const byModel = (report: CorpusReport, outcome: string) => report.results.filter((r) => r.outcome === outcome && r.matches[0]?.source === 'model').length;
  out(`lines ${before.lines}: ${danger} danger, ${before.falseAlarms.total} harmless; threshold ${model.threshold.toFixed(4)}`);
  out(`${''.padEnd(18)} ${'rules only'.padEnd(24)} ${afterName}`);
  row('recall', before.recall, after.recall, 'target >= 90%');
  row('false alarms', before.falseAlarms, after.falseAlarms, 'target <= 3%');
  row('right card first', before.rightCardFirst, after.rightCardFirst, 'target >= 95%');
  row('category first', before.categoryFirst, after.categoryFirst);
  out(`found by the model alone: ${byModel(after, 'found')} danger lines; its false alarms: ${byModel(after, 'false-alarm')}`);
  out(`time per message  rules mean ${before.meanMs.toFixed(3)} ms, p99 ${before.p99Ms.toFixed(3)} ms; rules+model mean ${after.meanMs.toFixed(3)} ms, p99 ${after.p99Ms.toFixed(3)} ms`);
  table('recall by language (false alarms)', before.recallByLanguage, after.recallByLanguage, before.falseAlarmsByLanguage, after.falseAlarmsByLanguage);
  table('recall by category', before.recallByCategory, after.recallByCategory);
  table('recall by style', before.recallByStyle, after.recallByStyle);
}

function row(name: string, before: Rate, after: Rate, target = ''): void {
  out(`${name.padEnd(18)} ${cell(before).padEnd(24)} ${cell(after).padEnd(24)} ${target}`);
}

function cell(rate: Rate): string {
  return `${percent(rate)} (${rate.hits}/${rate.total})`;
}

function table(title: string, before: Record<string, Rate>, after: Record<string, Rate>, alarmsBefore?: Record<string, Rate>, alarmsAfter?: Record<string, Rate>): void {
  out(`\n${title}: rules only -> rules+model`);
  for (const key of Object.keys(before).sort()) {
    const alarms = alarmsBefore?.[key] && alarmsAfter?.[key] ? `   false alarms ${percent(alarmsBefore[key])} -> ${percent(alarmsAfter[key])} of ${alarmsAfter[key].total}` : '';
    out(`  ${key.padEnd(18)} ${cell(before[key]!).padEnd(18)} -> ${cell(after[key]!).padEnd(18)}${alarms}`);
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
  show('DEV MISSES (rules+model, cross-validated)', (r) => r.outcome === 'missed');
  show('DEV FALSE ALARMS (rules+model, cross-validated)', (r) => r.outcome === 'false-alarm');
  show('DEV WRONG CARD FIRST (rules+model, cross-validated)', (r) => r.rightCardFirst === false);
}

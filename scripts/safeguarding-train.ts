/**
 * `npm run safeguarding:train`: trains the safeguarding model on the development corpus only
 * (test/fixtures/safeguarding/eval/dev/, never the held-out corpus) and the lexicons' harmless
 * idioms, chooses its threshold by cross-validation, and writes config/safeguarding-model.json.
 * Deterministic: the same corpus and lexicons give the same file.
 */
import { statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detectDanger, loadPhraseBook } from '../server/safeguarding/index.js';
import { conversationLanguages } from '../server/safeguarding/eval/evaluate-corpus.js';
import { DEFAULT_MODEL_PATH } from '../server/safeguarding/model/load-safeguarding-model.js';
import { chooseThreshold } from '../server/safeguarding/model-training/choose-threshold.js';
import { crossValidate, modelFrom, outOfFoldFindings, trainOn } from '../server/safeguarding/model-training/cross-validate.js';
import { encodeModel } from '../server/safeguarding/model-training/encode-model.js';
import { loadTrainingData } from '../server/safeguarding/model-training/training-data.js';
import { TRAINING_PLAN } from '../server/safeguarding/model-training/training-plan.js';
import { projectPath } from '../server/project-root.js';

const { values } = parseArgs({
  options: {
    dev: { type: 'string', default: projectPath('test', 'fixtures', 'safeguarding', 'eval', 'dev') },
    out: { type: 'string', default: DEFAULT_MODEL_PATH },
  },
});
const out = (text: string) => void process.stdout.write(`${text}\n`);
const started = performance.now();

const { lines, extras, corpusHash } = loadTrainingData(values.dev, projectPath('locales'));
if (lines.length === 0) throw new Error(`no corpus lines under ${values.dev}`);
const { shape, folds, falseAlarmBudget, thresholdFloor } = TRAINING_PLAN;
const rulesOnly = loadPhraseBook();

const findings = outOfFoldFindings(lines, crossValidate(lines, extras, shape, folds));
const scored = lines.map((line, index) => ({
  danger: line.labels.length > 0,
  rules: detectDanger(line.text, rulesOnly, { languages: conversationLanguages(line.lang) }).length > 0,
  score: findings[index]?.danger ?? 0,
}));
const threshold = chooseThreshold(scored, falseAlarmBudget, thresholdFloor);

const model = modelFrom(trainOn(lines, extras, shape), shape, threshold, corpusHash);
writeFileSync(values.out, `${JSON.stringify(encodeModel(model, { corpusLines: lines.length, lexiconEntries: extras.length }))}\n`);

const danger = scored.filter((line) => line.danger);
const harmless = scored.filter((line) => !line.danger);
const fires = (line: (typeof scored)[number]) => line.rules || line.score >= threshold;
const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;
out(`trained on ${lines.length} development lines and ${extras.length} lexicon idioms, ${folds}-fold cross-validated`);
out(`threshold ${threshold.toFixed(4)} (model adds false alarms on at most ${100 * falseAlarmBudget}% of harmless lines)`);
out(`cross-validated recall  rules ${share(danger.filter((l) => l.rules).length, danger.length)}  rules+model ${share(danger.filter(fires).length, danger.length)}`);
out(`cross-validated alarms  rules ${share(harmless.filter((l) => l.rules).length, harmless.length)}  rules+model ${share(harmless.filter(fires).length, harmless.length)}`);
out(`wrote ${values.out}: ${(statSync(values.out).size / 1024).toFixed(0)} KiB, corpus ${corpusHash.slice(0, 12)}, in ${((performance.now() - started) / 1000).toFixed(1)} s`);

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPhraseBook, loadSafeguardingModel } from '../../server/safeguarding/index.js';
import { parseCorpus } from '../../server/safeguarding/eval/corpus-line.js';
import { evaluateCorpus, type Rate } from '../../server/safeguarding/eval/evaluate-corpus.js';

/**
 * The shipped lexicons and rules against the held-out corpus, which nobody tunes on. The issue's
 * targets are recall >= 90% overall and >= 80% per Bradford language and category, false alarms
 * <= 3%, right card first >= 95%. The detector does not reach them yet, so these are floors at
 * the figures it reaches, less a point (see docs/safeguarding-detection.md): a change that lowers
 * any of them fails here. Raise them as the lexicons improve; never lower them to let a change through.
 */
const HELD_OUT = fileURLToPath(new URL('../fixtures/safeguarding/eval/heldout/', import.meta.url));

const FLOORS = {
  recall: 0.59,
  falseAlarmsAtMost: 0.15,
  rightCardFirst: 0.76,
  /** Bradford languages: recall floor. */
  language: {
    en: 0.73, ur: 0.65, 'ur-Latn': 0.6, 'pa-Arab': 0.46, 'pa-Latn': 0.8, bn: 0.6, pl: 0.75,
    sk: 0.56, ro: 0.51, cs: 0.62, ar: 0.56, ps: 0.49, fa: 0.51, ckb: 0.6,
  } as Record<string, number>,
  category: {
    'immediate-danger': 0.75, 'suicide-self-harm': 0.45, 'physical-abuse': 0.66,
    'sexual-abuse': 0.75, 'emotional-abuse': 0.59, neglect: 0.5, 'domestic-abuse': 0.35,
    exploitation: 0.46, fgm: 0.64, 'forced-marriage': 0.68, 'missing-child': 0.79,
    radicalisation: 0.46,
  } as Record<string, number>,
};

/**
 * The rules with the shipped model (config/safeguarding-model.json, trained on the development
 * corpus only), as measured by `npm run safeguarding:eval` on 1 December 2026 after the false-alarm
 * and means-and-plans pass (#9), less a point. The model was not tuned to the held-out corpus:
 * these only stop a retrained model doing worse.
 */
const MODEL_FLOORS: typeof FLOORS = {
  recall: 0.87,
  falseAlarmsAtMost: 0.17,
  rightCardFirst: 0.73,
  language: {
    en: 0.96, ur: 0.89, 'ur-Latn': 0.8, 'pa-Arab': 0.89, 'pa-Latn': 0.99, bn: 0.8, pl: 0.94,
    sk: 0.94, ro: 0.89, cs: 0.99, ar: 0.75, ps: 0.85, fa: 0.84, ckb: 0.89,
  },
  category: {
    'immediate-danger': 0.87, 'suicide-self-harm': 0.67, 'physical-abuse': 0.85,
    'sexual-abuse': 0.96, 'emotional-abuse': 0.99, neglect: 0.77, 'domestic-abuse': 0.77,
    exploitation: 0.96, fgm: 0.94, 'forced-marriage': 0.99, 'missing-child': 0.95,
    radicalisation: 0.99,
  },
};

const share = ({ hits, total }: Rate) => (total === 0 ? 0 : hits / total);

const lines = readdirSync(HELD_OUT)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) => parseCorpus(readFileSync(join(HELD_OUT, name), 'utf8'), name));
const rulesOnly = loadPhraseBook();

describe.each([
  ['rules only', rulesOnly, FLOORS],
  ['rules + trained model', { ...rulesOnly, model: loadSafeguardingModel() }, MODEL_FLOORS],
] as const)('held-out safeguarding corpus, %s', (_name, book, floors) => {
  const report = evaluateCorpus(lines, book, () => 0);

  it('is there, in every Bradford language', () => {
    expect(lines.length).toBeGreaterThanOrEqual(600);
    for (const language of Object.keys(floors.language)) expect(report.recallByLanguage[language]?.total ?? 0, language).toBeGreaterThan(0);
  });

  it('finds danger, shows the right card first and stays quiet on harmless messages, at least as well as before', () => {
    expect(share(report.recall)).toBeGreaterThanOrEqual(floors.recall);
    expect(share(report.falseAlarms)).toBeLessThanOrEqual(floors.falseAlarmsAtMost);
    expect(share(report.rightCardFirst)).toBeGreaterThanOrEqual(floors.rightCardFirst);
  });

  it.each(Object.entries(floors.language))('keeps recall in %s at or above its floor', (language, floor) => {
    expect(share(report.recallByLanguage[language]!)).toBeGreaterThanOrEqual(floor);
  });

  it.each(Object.entries(floors.category))('keeps recall of %s at or above its floor', (category, floor) => {
    expect(share(report.recallByCategory[category]!)).toBeGreaterThanOrEqual(floor);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compilePhraseBook,
  detectDanger,
  loadPhraseBook,
  loadSafeguardingConfig,
  loadSafeguardingModel,
  parsePhraseFile,
  parseRuleFile,
  parseSafeguardingModel,
  SafeguardingModelError,
  withSafeguardingModel,
  type PhraseBook,
  type SafeguardingModel,
} from '../../server/safeguarding/index.js';
import { findWithModel } from '../../server/safeguarding/model/find-with-model.js';
import { modelFrom, trainOn, type ModelShape } from '../../server/safeguarding/model-training/cross-validate.js';
import { encodeModel } from '../../server/safeguarding/model-training/encode-model.js';
import type { TextExample } from '../../server/safeguarding/model-training/lexicon-examples.js';
import { tokeniseText } from '../../server/safeguarding/tokenise-text.js';

const config = loadSafeguardingConfig();
const SHAPE: ModelShape = { buckets: 2 ** 12, epochs: 8, rate: 0.3, l2: 1e-4, seed: 3, window: 8, stride: 4 };

/** A made-up danger language, so the test shows what the model learns rather than what the lexicons know. */
const EXAMPLES: TextExample[] = [
  ...['the zorblat came to the door', 'a zorblat at the window again', 'zorblats near the house tonight', 'I saw the zorblat outside'].map((text) => ({ text, labels: ['immediate-danger' as const] })),
  ...['she keeps hiding the quennip pills', 'quennip again last night', 'I want the quennip to end it', 'counting quennips in my room'].map((text) => ({ text, labels: ['suicide-self-harm' as const] })),
  ...['the bus was late today', 'we need help with the rent', 'my son likes football', 'the school is nice', 'can I get a nursery place', 'the house is cold', 'we moved here last year', 'the window is broken'].map((text) => ({ text, labels: [] })),
];
const HASH = 'a'.repeat(64);
const trained = (): SafeguardingModel => modelFrom(trainOn(EXAMPLES, [], SHAPE), SHAPE, 0.5, HASH);

function book(): PhraseBook {
  const rules = parseRuleFile({ categoryLabels: Object.fromEntries(Object.keys(config.categories).map((c) => [c, `words about ${c}`])), rules: [] });
  return compilePhraseBook({ en: parsePhraseFile('en', { review: 'draft', phrases: { 'domestic-abuse': ['hits me'] } }) }, rules, config.categories);
}

const tempFile = (name: string, text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'sg-model-')), name);
  writeFileSync(path, text);
  return path;
};

describe('training', () => {
  it('is deterministic: the same examples give the same weights and scores', () => {
    const a = trained();
    const b = trained();
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(findWithModel(a, tokeniseText('a zorblat at the door'))).toEqual(findWithModel(b, tokeniseText('a zorblat at the door')));
  });

  it('learns danger and its category from the words, including a spelling it never saw', () => {
    const model = trained();
    const danger = findWithModel(model, tokeniseText('zorblatt by the door'))!;
    expect(danger.danger).toBeGreaterThan(0.5);
    expect(danger.category).toBe('immediate-danger');
    expect(findWithModel(model, tokeniseText('quennip pills hidden'))!.category).toBe('suicide-self-harm');
    expect(findWithModel(model, tokeniseText('we need help with the school'))!.danger).toBeLessThan(0.5);
  });

  it('scores a long message in windows and points at the dangerous part', () => {
    const ordinary = 'we need help with the rent and the school is nice. '.repeat(20);
    const tokens = tokeniseText(`${ordinary} the zorblat came to the door. ${ordinary}`);
    const finding = findWithModel(trained(), tokens)!;
    expect(finding.danger).toBeGreaterThan(0.5);
    expect(tokens.slice(finding.first, finding.last + 1).map((t) => t.norm)).toContain('zorblat');
  });
});

describe('the model file', () => {
  it('round-trips through encoding with the same findings', () => {
    const model = trained();
    const file = encodeModel(model, { corpusLines: EXAMPLES.length, lexiconEntries: 0 });
    const loaded = parseSafeguardingModel(JSON.parse(JSON.stringify(file)), 'test');
    for (const text of ['the zorblat came', 'quennip again', 'the bus was late']) {
      const before = findWithModel(model, tokeniseText(text))!;
      const after = findWithModel(loaded, tokeniseText(text))!;
      expect(after.category).toBe(before.category);
      expect(after.danger).toBeCloseTo(before.danger, 2);
    }
  });

  it('ships trained, with a corpus hash and a threshold, scoring the same message the same way every time', () => {
    const model = loadSafeguardingModel();
    expect(model.corpusHash).toMatch(/^[0-9a-f]{64}$/);
    expect(model.threshold).toBeGreaterThanOrEqual(0.5);
    const tokens = tokeniseText('my partner locks me in the flat and takes my phone');
    expect(findWithModel(model, tokens)).toEqual(findWithModel(loadSafeguardingModel(), tokens));
  });

  it('stops the start clearly when missing, not JSON, truncated or of another version', () => {
    const missing = join(tmpdir(), 'no-such-dir', 'safeguarding-model.json');
    expect(() => loadSafeguardingModel(missing)).toThrow(SafeguardingModelError);
    expect(() => loadSafeguardingModel(missing)).toThrow(/cannot be read.*npm run safeguarding:train/);
    expect(() => loadSafeguardingModel(tempFile('bad.json', '{"format": '))).toThrow(/not valid JSON/);
    const file = encodeModel(trained(), { corpusLines: 1, lexiconEntries: 0 });
    const truncated = tempFile('truncated.json', JSON.stringify({ ...file, weights: file.weights.slice(0, 400) }));
    expect(() => loadSafeguardingModel(truncated)).toThrow(/truncated or corrupt/);
    expect(() => loadSafeguardingModel(tempFile('v9.json', JSON.stringify({ ...file, version: 9 })))).toThrow(/not a valid safeguarding model: version/);
  });

  it('is attached at start only when config/safeguarding.json says "model": "on", and then must load', () => {
    const rules = loadPhraseBook();
    expect(withSafeguardingModel(rules, { ...config, model: 'off' }, '/nowhere.json').model).toBeUndefined();
    expect(() => withSafeguardingModel(rules, { ...config, model: 'on' }, '/nowhere.json')).toThrow(SafeguardingModelError);
    const path = tempFile('model.json', JSON.stringify(encodeModel(trained(), { corpusLines: 1, lexiconEntries: 0 })));
    expect(withSafeguardingModel(rules, { ...config, model: 'on' }, path).model?.corpusHash).toBe(HASH);
    expect(readFileSync(path, 'utf8')).toContain('front-door-safeguarding-model');
  });
});

describe('rules and model together (detectDanger)', () => {
  const withModel: PhraseBook = { ...book(), model: trained() };

  it('adds a card the rules missed, marked as the model\'s for staff', () => {
    const [match, ...rest] = detectDanger('the zorblat came to the door', withModel, { languages: ['en'] });
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ category: 'immediate-danger', severity: 'immediate-danger', source: 'model', ruleId: 'model:immediate-danger', language: 'en' });
    expect(match!.rule).toMatch(/trained model/);
    expect(match!.matchedText).toBe('the zorblat came to the door');
  });

  it('leaves the rules\' matches exactly as they are and adds nothing when they found something', () => {
    const text = 'he hits me and the zorblat came to the door';
    const rulesOnly = detectDanger(text, book());
    expect(rulesOnly.map((m) => m.source)).toEqual(['rules']);
    expect(detectDanger(text, withModel)).toEqual(rulesOnly);
  });

  it('stays quiet below its threshold', () => {
    expect(detectDanger('we need help with the rent', withModel)).toEqual([]);
    expect(detectDanger('the zorblat came to the door', { ...withModel, model: { ...withModel.model!, threshold: 1 } })).toEqual([]);
  });
});

import { findWithModel, type ModelFinding } from '../model/find-with-model.js';
import { MODEL_VERSION, type SafeguardingModel } from '../model/safeguarding-model.js';
import { tokeniseText } from '../tokenise-text.js';
import type { TextExample } from './lexicon-examples.js';
import { seededRandom, shuffleInPlace } from './seeded-random.js';
import { trainModel, type TrainedWeights, type TrainOptions } from './train-model.js';
import { trainingExample } from './training-example.js';

export interface ModelShape extends TrainOptions {
  window: number;
  stride: number;
}

/** A scoring model from trained weights (threshold and hash filled in by the caller when shipping). */
export function modelFrom(trained: TrainedWeights, shape: ModelShape, threshold = 0.5, corpusHash = ''): SafeguardingModel {
  return {
    version: MODEL_VERSION,
    corpusHash,
    buckets: shape.buckets,
    heads: trained.heads,
    weights: trained.weights,
    bias: trained.bias,
    threshold,
    window: shape.window,
    stride: shape.stride,
  };
}

/** Train on corpus lines plus extras (lexicon entries), which are never held out. */
export function trainOn(lines: readonly TextExample[], extras: readonly TextExample[], shape: ModelShape): TrainedWeights {
  return trainModel(
    [...lines, ...extras].map(({ text, labels }) => trainingExample(text, labels, shape.buckets)),
    shape,
  );
}

export interface FoldModels {
  /** The fold of each corpus line. */
  foldOf: Int32Array;
  /** models[f] was trained on every line not in fold f. */
  models: SafeguardingModel[];
}

/**
 * k-fold cross-validation: every corpus line can be scored by a model trained without its fold,
 * so figures and thresholds chosen from them say how the model does on phrasing it has not seen.
 * Folds are a seeded shuffle, the same on every run; extras (lexicon entries) are in every fold's
 * training set and never scored.
 */
export function crossValidate(
  lines: readonly TextExample[],
  extras: readonly TextExample[],
  shape: ModelShape,
  folds: number,
  threshold = 0.5,
): FoldModels {
  const order = shuffleInPlace(lines.map((_, index) => index), seededRandom(shape.seed + 1));
  const foldOf = new Int32Array(lines.length);
  order.forEach((line, position) => (foldOf[line] = position % folds));
  const models: SafeguardingModel[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const training = lines.filter((_, index) => foldOf[index] !== fold);
    models.push(modelFrom(trainOn(training, extras, shape), shape, threshold));
  }
  return { foldOf, models };
}

/** Each line's finding by the model that did not see it. */
export function outOfFoldFindings(lines: readonly TextExample[], { foldOf, models }: FoldModels): (ModelFinding | undefined)[] {
  return lines.map((line, index) => findWithModel(models[foldOf[index]!]!, tokeniseText(line.text)));
}

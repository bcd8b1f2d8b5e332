import { SAFEGUARDING_CATEGORIES } from '../../protocol/vocabulary.js';
import { DANGER_HEAD, type ModelHead } from '../model/safeguarding-model.js';
import { seededRandom, shuffleInPlace } from './seeded-random.js';
import type { TrainingExample } from './training-example.js';

export interface TrainOptions {
  buckets: number;
  epochs: number;
  /** AdaGrad step size. */
  rate: number;
  /** L2 penalty per example step, applied to the weights an example touches. */
  l2: number;
  seed: number;
}

export interface TrainedWeights {
  heads: ModelHead[];
  weights: Float32Array;
  bias: Float32Array;
}

export const HEADS: ModelHead[] = [DANGER_HEAD, ...SAFEGUARDING_CATEGORIES];

/**
 * L2-regularised logistic regression, one head for "any danger" and one per category
 * (one-vs-rest, since a message can disclose several), fitted by AdaGrad over shuffled epochs.
 * Deterministic: the only randomness is the seeded shuffle.
 */
export function trainModel(examples: readonly TrainingExample[], options: TrainOptions): TrainedWeights {
  const heads = HEADS.length;
  const weights = new Float64Array(options.buckets * heads);
  const squares = new Float64Array(options.buckets * heads);
  const bias = new Float64Array(heads);
  const biasSquares = new Float64Array(heads);
  const random = seededRandom(options.seed);
  const order = examples.map((_, index) => index);
  const targets = examples.map((example) => HEADS.map((head, index) => (index === 0 ? example.labels.length > 0 : example.labels.includes(head as never)) ? 1 : 0));
  const logits = new Float64Array(heads);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of shuffleInPlace(order, random)) {
      const { slots, values } = examples[index]!;
      // Category heads learn only from danger lines: they choose the card once the danger head has
      // fired, so they need to tell categories apart, not danger from harmless (and it halves the work).
      const scored = examples[index]!.labels.length > 0 ? heads : 1;
      logits.set(bias);
      for (let i = 0; i < slots.length; i++) {
        const base = slots[i]! * heads;
        for (let head = 0; head < scored; head++) logits[head]! += weights[base + head]! * values[i]!;
      }
      for (let head = 0; head < scored; head++) {
        const error = 1 / (1 + Math.exp(-logits[head]!)) - targets[index]![head]!;
        biasSquares[head]! += error * error;
        bias[head]! -= (options.rate * error) / Math.sqrt(biasSquares[head]! + 1e-8);
        for (let i = 0; i < slots.length; i++) {
          const at = slots[i]! * heads + head;
          const gradient = error * values[i]! + options.l2 * weights[at]!;
          squares[at]! += gradient * gradient;
          weights[at]! -= (options.rate * gradient) / Math.sqrt(squares[at]! + 1e-8);
        }
      }
    }
  }
  return { heads: [...HEADS], weights: Float32Array.from(weights), bias: Float32Array.from(bias) };
}

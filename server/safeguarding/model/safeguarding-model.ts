import type { SafeguardingCategory } from '../../protocol/vocabulary.js';

/** Head 0 says "danger of any kind"; heads 1.. score one category each (one-vs-rest). */
export const DANGER_HEAD = 'danger';
export type ModelHead = typeof DANGER_HEAD | SafeguardingCategory;

/**
 * A trained character n-gram linear model (config/safeguarding-model.json), ready to score.
 * `weights` holds every head's weight for slot s at s * heads.length + head, so one hash lookup
 * reads all heads.
 */
export interface SafeguardingModel {
  /** The file's format version this build reads. */
  readonly version: number;
  /** sha256 of the training corpus and lexicons, so a stale model can be told from a fresh one. */
  readonly corpusHash: string;
  readonly buckets: number;
  readonly heads: readonly ModelHead[];
  readonly weights: Float32Array;
  readonly bias: Float32Array;
  /** Probability from the danger head at or above which the model raises a card. */
  readonly threshold: number;
  /** Long messages are scored in windows of this many words, `stride` apart, and the best kept. */
  readonly window: number;
  readonly stride: number;
}

export const MODEL_FORMAT = 'front-door-safeguarding-model';
export const MODEL_VERSION = 1;

export function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/**
 * Logits of every head for the words [from, to) of a message, given each word's feature slots.
 * Features are scaled by 1/sqrt(count) so a long window does not outweigh a short one by length alone.
 */
export function scoreWindow(model: SafeguardingModel, features: readonly (readonly number[])[], from: number, to: number): Float64Array {
  const heads = model.heads.length;
  const logits = new Float64Array(heads);
  let count = 0;
  for (let word = from; word < to; word++) {
    for (const slot of features[word]!) {
      const base = slot * heads;
      for (let head = 0; head < heads; head++) logits[head]! += model.weights[base + head]!;
      count++;
    }
  }
  const scale = count === 0 ? 0 : 1 / Math.sqrt(count);
  for (let head = 0; head < heads; head++) logits[head] = logits[head]! * scale + model.bias[head]!;
  return logits;
}

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

import type { SafeguardingCategory } from '../../protocol/vocabulary.js';
import type { Token } from '../tokenise-text.js';
import type { SafeguardingModel } from './safeguarding-model.js';
import { scoreWindow, sigmoid } from './score-window.js';
import { tokenFeatures } from './token-features.js';

export interface ModelFinding {
  /** The category head scoring highest in the best window. */
  category: SafeguardingCategory;
  /** Probability from the danger head, 0..1. */
  danger: number;
  /** Token range of the best window, inclusive. */
  first: number;
  last: number;
}

/**
 * The window of the message the model finds most dangerous, and its most likely category; only
 * the danger head is scored for every window, so a 4,000-character message costs one pass over
 * its words. Returns the best window whether or not it reaches the threshold: the caller decides.
 */
export function findWithModel(model: SafeguardingModel, tokens: readonly Token[]): ModelFinding | undefined {
  if (tokens.length === 0) return undefined;
  const features = tokenFeatures(tokens, model.buckets);
  const heads = model.heads.length;
  // Prefix sums of each word's danger-head weight and feature count: any window is two subtractions.
  const sum = new Float64Array(tokens.length + 1);
  const count = new Float64Array(tokens.length + 1);
  features.forEach((slots, word) => {
    let total = 0;
    for (const slot of slots) total += model.weights[slot * heads]!;
    sum[word + 1] = sum[word]! + total;
    count[word + 1] = count[word]! + slots.length;
  });
  let best = { from: 0, to: tokens.length, logit: -Infinity };
  const size = Math.min(model.window, tokens.length);
  for (let from = 0; ; from += model.stride) {
    const to = Math.min(from + size, tokens.length);
    const n = count[to]! - count[from]!;
    const logit = (n === 0 ? 0 : (sum[to]! - sum[from]!) / Math.sqrt(n)) + model.bias[0]!;
    if (logit > best.logit) best = { from, to, logit };
    if (to === tokens.length) break;
  }
  const logits = scoreWindow(model, features, best.from, best.to);
  let category = 1;
  for (let head = 2; head < heads; head++) if (logits[head]! > logits[category]!) category = head;
  return {
    category: model.heads[category] as SafeguardingCategory,
    danger: sigmoid(best.logit),
    first: best.from,
    last: best.to - 1,
  };
}

import type { SafeguardingModel } from './safeguarding-model.js';

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

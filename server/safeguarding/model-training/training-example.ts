import type { SafeguardingCategory } from '../../protocol/vocabulary.js';
import { tokenFeatures } from '../model/token-features.js';
import { tokeniseText } from '../tokenise-text.js';

/** One message as the trainer sees it: distinct feature slots with their scaled values, and its labels. */
export interface TrainingExample {
  readonly slots: Uint32Array;
  readonly values: Float64Array;
  readonly labels: readonly SafeguardingCategory[];
}

/** Features exactly as inference scores a whole message (counts scaled by 1/sqrt(total)). */
export function trainingExample(text: string, labels: readonly SafeguardingCategory[], buckets: number): TrainingExample {
  const counts = new Map<number, number>();
  let total = 0;
  for (const slots of tokenFeatures(tokeniseText(text), buckets)) {
    for (const slot of slots) {
      counts.set(slot, (counts.get(slot) ?? 0) + 1);
      total++;
    }
  }
  const sorted = [...counts.keys()].sort((a, b) => a - b);
  const scale = total === 0 ? 0 : 1 / Math.sqrt(total);
  return {
    slots: Uint32Array.from(sorted),
    values: Float64Array.from(sorted, (slot) => counts.get(slot)! * scale),
    labels,
  };
}

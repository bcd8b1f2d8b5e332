import type { ModelShape } from './cross-validate.js';

/**
 * How the shipped model is trained and its threshold chosen; `npm run safeguarding:eval` repeats
 * the same cross-validation, so both must read these values from here.
 */
export const TRAINING_PLAN = {
  shape: {
    buckets: 2 ** 16,
    epochs: 5,
    rate: 0.2,
    l2: 1e-4,
    seed: 7,
    window: 32,
    stride: 16,
  } satisfies ModelShape,
  folds: 5,
  /**
   * The model may add false alarms on at most this share of the development corpus's harmless
   * lines (cross-validated, beyond those the rules raise). See docs/safeguarding-detection.md.
   */
  falseAlarmBudget: 0.01,
  /** Never raise a card below even odds, whatever the budget allows. */
  thresholdFloor: 0.5,
  /**
   * Lexicon phrases are not used as positives: short fragments ("kms", "dv") taught the model
   * that any short text is danger and cost half its cross-validated recall. Harmless idioms are
   * used as negatives.
   */
  lexiconPositives: false,
};

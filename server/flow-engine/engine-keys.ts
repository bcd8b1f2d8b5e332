/**
 * Locale keys the engine itself shows, whatever the flow. They live in locales/en/flows.json under
 * `engine`; the linter checks they exist and does not report them as unused.
 */
export const ENGINE_KEYS = {
  chooseFromOptions: 'flows:engine.chooseFromOptions',
  chooseOne: 'flows:engine.chooseOne',
  chooseAtLeast: 'flows:engine.chooseAtLeast',
  chooseAtMost: 'flows:engine.chooseAtMost',
  answerLatest: 'flows:engine.answerLatest',
  answerRequired: 'flows:engine.answerRequired',
  typeAnswer: 'flows:engine.typeAnswer',
  tooLong: 'flows:engine.tooLong',
  postcodeInvalid: 'flows:engine.postcodeInvalid',
  postcodeKept: 'flows:engine.postcodeKept',
  noResources: 'flows:engine.noResources',
  flowEnded: 'flows:engine.flowEnded',
} as const;

export const ENGINE_KEY_PREFIX = 'flows:engine.';

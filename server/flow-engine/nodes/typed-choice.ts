import { ENGINE_KEYS } from '../engine-keys.js';
import type { FlowEnv } from '../flow-env.js';
import type { FlowOption } from '../flow-schema.js';
import { rejected, type NodeOutcome } from '../node-outcome.js';
import { matchTypedOption } from './match-typed-option.js';

/**
 * Typed words at a button question: answered as the one option they clearly name, through the
 * node's own answer rules (so a multi-choice minimum still applies), else a request to pick.
 */
export function typedChoice(options: readonly FlowOption[], text: string, env: FlowEnv, answer: (values: string[]) => NodeOutcome): NodeOutcome {
  const option = matchTypedOption(options, text, (key) => env.optionLabels?.(key) ?? []);
  return option ? answer([option.value]) : rejected(ENGINE_KEYS.chooseFromOptions);
}

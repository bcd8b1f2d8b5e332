/** The flow engine: flows as zod-checked data, stepped by a pure, deterministic engine. */
export { startFlow, step } from './step.js';
export { summarise, type FlowSummary } from './summarise.js';
export { designatedSignals } from './designated-signals.js';
export { currentPrompt } from './current-prompt.js';
export { FlowState, parseFlowState } from './flow-state.js';
export { FlowDefinition, FlowNode, type FlowOption, type SummaryTag } from './flow-schema.js';
export { parseFlow } from './parse-flow.js';
export { loadFlows } from './load-flows.js';
export { parsePostcodeDistrict } from './parse-postcode.js';
export { FlowError, FlowLoadError, type FlowErrorCode } from './flow-errors.js';
export { ENGINE_KEYS } from './engine-keys.js';
export { OFFER_VALUES } from './nodes/offer-handoff-node.js';
export { MAX_MOVES_PER_STEP } from './advance.js';
export { lintFlow, type LintIssue, type EnglishTexts } from './lint-flow.js';
export { lintLocales, flattenLocale } from './lint-locales.js';
export type { Condition } from './condition.js';
export type { FlowEnv, ResourceQuery, ResourceMatches } from './flow-env.js';
export type { FlowInput, FlowOutput, StepResult, AcceptedAnswer } from './step-result.js';

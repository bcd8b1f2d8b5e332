import { describe, expect, it } from 'vitest';
import { currentPrompt } from './current-prompt.js';
import { designatedSignals } from './designated-signals.js';
import type { FlowEnv } from './flow-env.js';
import { FlowError } from './flow-errors.js';
import type { FlowDefinition } from './flow-schema.js';
import { parseFlowState } from './flow-state.js';
import type { FlowInput, StepResult } from './step-result.js';
import { startFlow, step } from './step.js';

const env: FlowEnv = { language: 'en', districtLocalities: {}, matchResources: () => ({ cards: [], hasMore: false }) };

const flow: FlowDefinition = {
  id: 'engine',
  version: 1,
  start: 'urgency',
  nodes: {
    urgency: {
      kind: 'choice',
      prompt: 'flows:t.urgency',
      options: [
        { value: 'danger-now', label: 'flows:t.danger', signal: 'immediate-danger' },
        { value: 'today', label: 'common:urgency.today' },
      ],
      saveAs: 'urgency',
      next: 'needs',
    },
    needs: {
      kind: 'multi-choice',
      prompt: 'flows:t.needs',
      options: [
        { value: 'housing', label: 'common:needs.housing' },
        { value: 'domestic-abuse', label: 'common:needs.domestic-abuse', signal: 'domestic-abuse' },
      ],
      saveAs: 'needs',
      next: 'words',
    },
    words: { kind: 'free-text', prompt: 'flows:t.words', saveAs: 'words', next: 'bye' },
    bye: { kind: 'end', text: 'flows:t.bye' },
  },
};

const answer = (nodeId: string, ...values: string[]): FlowInput => ({ type: 'answer', nodeId, values });
const INPUTS: FlowInput[] = [
  answer('urgency', 'today'),
  answer('needs', 'housing', 'domestic-abuse'),
  { type: 'text', text: 'help please' },
];
const runAll = (inputs: FlowInput[]): StepResult[] => {
  const results = [startFlow(flow, env)];
  for (const input of inputs) results.push(step(flow, results.at(-1)!.state, input, env));
  return results;
};

describe('step', () => {
  it('refuses input it cannot use, leaving the state exactly as it was and asking again', () => {
    const { state } = startFlow(flow, env);
    const before = structuredClone(state);
    const refusals: [FlowInput, string][] = [
      [answer('urgency', 'tomorrow'), 'flows:engine.chooseFromOptions'],
      [answer('needs', 'housing'), 'flows:engine.answerLatest'],
      [{ type: 'text', text: 'next month' }, 'flows:engine.chooseFromOptions'],
    ];
    for (const [input, key] of refusals) {
      const result = step(flow, state, input, env);
      expect(result.rejected).toEqual({ key });
      expect(result.state).toBe(state);
      expect(result.accepted).toBeUndefined();
      expect(result.outputs).toEqual([{ type: 'message', content: currentPrompt(flow, state) }]);
    }
    expect(state).toEqual(before);
  });

  it('does not change the state it is given when it accepts an answer', () => {
    const { state } = startFlow(flow, env);
    const before = structuredClone(state);
    step(flow, state, answer('urgency', 'today'), env);
    expect(state).toEqual(before);
  });

  it('is deterministic: the same inputs give the same outputs and states', () => {
    expect(runAll(INPUTS)).toEqual(runAll(INPUTS));
  });

  it('resumes from state saved as JSON exactly as if it had never stopped', () => {
    const straight = runAll(INPUTS);
    let state = startFlow(flow, env).state;
    const resumed: StepResult[] = [];
    for (const input of INPUTS) {
      const stored = JSON.parse(JSON.stringify(state)) as unknown;
      const result = step(flow, parseFlowState(stored), input, env);
      resumed.push(result);
      state = result.state;
    }
    expect(resumed).toEqual(straight.slice(1));
    expect(state).toMatchObject({ status: 'ended', at: null, answers: { words: ['help please'] } });
  });

  it('rejects a stored state that is not valid', () => {
    expect(() => parseFlowState({ flowId: 'engine', at: 3 })).toThrow(FlowError);
    expect(() => parseFlowState(null)).toThrow(/stored flow state is not valid/);
  });

  it('requires an answer for a question that is not optional', () => {
    const atWords = runAll(INPUTS.slice(0, 2)).at(-1)!;
    expect(step(flow, atWords.state, answer('words'), env).rejected).toEqual({ key: 'flows:engine.answerRequired' });
    expect(step(flow, atWords.state, { type: 'text', text: '   ' }, env).rejected).toEqual({ key: 'flows:engine.answerRequired' });
  });

  it('says the flow has finished when input arrives after the end', () => {
    const ended = runAll(INPUTS).at(-1)!;
    expect(step(flow, ended.state, { type: 'text', text: 'hello?' }, env)).toEqual({
      state: ended.state,
      outputs: [],
      rejected: { key: 'flows:engine.flowEnded' },
    });
    expect(currentPrompt(flow, ended.state)).toBeNull();
  });

  it('refuses a state from another flow', () => {
    const other = { ...startFlow(flow, env).state, flowId: 'other' };
    expect(() => step(flow, other, answer('urgency', 'today'), env)).toThrow(expect.objectContaining({ code: 'state-mismatch' }));
  });

  it('stops a flow that loops without waiting for an answer', () => {
    const loop: FlowDefinition = {
      id: 'loop',
      version: 1,
      start: 'a',
      nodes: {
        a: { kind: 'say', text: 'flows:t.a', next: 'b' },
        b: { kind: 'branch', cases: [{ when: { answer: 'x', isEmpty: false }, next: 'end' }], otherwise: 'a' },
        end: { kind: 'end' },
      },
    };
    expect(() => startFlow(loop, env)).toThrow(expect.objectContaining({ name: 'FlowError', code: 'loop' }));
  });

  it('re-shows the waiting question after a reconnect', () => {
    const atNeeds = runAll(INPUTS.slice(0, 1)).at(-1)!;
    expect(currentPrompt(flow, atNeeds.state)).toEqual(atNeeds.outputs[0]?.type === 'message' ? atNeeds.outputs[0].content : null);
    expect(currentPrompt(flow, atNeeds.state)).toMatchObject({ kind: 'prompt', nodeId: 'needs', input: 'multi-choice' });
  });

  it('reports the safeguarding signals carried by chosen options', () => {
    expect(designatedSignals(flow, 'urgency', ['danger-now'])).toEqual(['immediate-danger']);
    expect(designatedSignals(flow, 'needs', ['housing', 'domestic-abuse'])).toEqual(['domestic-abuse']);
    expect(designatedSignals(flow, 'needs', ['housing'])).toEqual([]);
    expect(designatedSignals(flow, 'words', ['danger-now'])).toEqual([]);
    expect(designatedSignals(flow, 'gone', ['danger-now'])).toEqual([]);
  });
});

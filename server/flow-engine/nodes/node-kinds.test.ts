import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../flow-schema.js';
import { parseFlow } from '../parse-flow.js';
import type { FlowInput, StepResult } from '../step-result.js';
import { startFlow, step } from '../step.js';
import { summarise } from '../summarise.js';
import { testCard, testEnv } from '../test-env.js';

const CATALOGUE = [testCard('a', ['housing']), testCard('b', ['housing']), testCard('c', ['housing', 'money-debt']), testCard('d', ['money-debt'])];

const env = testEnv(CATALOGUE, { BD7: 'south' });

const flow: FlowDefinition = parseFlow(
  {
    id: 'kinds',
    version: 1,
    start: 'hello',
    nodes: {
      hello: { kind: 'say', text: 'flows:t.hello', next: 'who' },
      who: {
        kind: 'choice',
        prompt: 'flows:t.who',
        options: [
          { value: 'parent', label: 'flows:t.parent' },
          { value: 'young', label: 'flows:t.young' },
        ],
        saveAs: 'who',
        summary: 'who',
        next: 'route',
      },
      route: { kind: 'branch', cases: [{ when: { answer: 'who', equals: 'young' }, next: 'bye' }], otherwise: 'needs' },
      needs: {
        kind: 'multi-choice',
        prompt: 'flows:t.needs',
        options: [
          { value: 'housing', label: 'common:needs.housing' },
          { value: 'money-debt', label: 'common:needs.money-debt' },
          { value: 'food-fuel', label: 'common:needs.food-fuel' },
        ],
        saveAs: 'needs',
        summary: 'needs',
        max: 2,
        next: 'where',
      },
      where: { kind: 'postcode', prompt: 'flows:t.where', saveAs: 'where', summary: 'postcode', optional: true, next: 'words' },
      words: {
        kind: 'free-text',
        prompt: 'flows:t.words',
        saveAs: 'words',
        summary: 'ownWords',
        optional: true,
        maxLength: 20,
        next: 'help',
      },
      help: { kind: 'resources', intro: 'flows:t.intro', pageSize: 2, next: 'offer' },
      offer: {
        kind: 'offer-handoff',
        prompt: 'flows:t.offer',
        talkLabel: 'flows:t.talk',
        moreLabel: 'flows:t.more',
        doneLabel: 'flows:t.done',
        onTalk: 'talked',
        onDone: 'bye',
      },
      talked: { kind: 'end', text: 'flows:t.talked' },
      bye: { kind: 'end' },
    },
  },
  'kinds',
);

const answer = (nodeId: string, ...values: string[]): FlowInput => ({ type: 'answer', nodeId, values });
const text = (t: string): FlowInput => ({ type: 'text', text: t });
const run = (...inputs: FlowInput[]): StepResult => inputs.reduce((r, input) => step(flow, r.state, input, env), startFlow(flow, env));
const messages = (r: StepResult) => r.outputs.flatMap((o) => (o.type === 'message' ? [o.content] : []));
const toWords = [answer('who', 'parent'), answer('needs', 'housing'), text('bd7 1ab')];

describe('node kinds', () => {
  it('say shows its text and moves on to the first question', () => {
    const started = startFlow(flow, env);
    expect(messages(started)).toEqual([
      { kind: 'localised', text: { key: 'flows:t.hello' } },
      {
        kind: 'prompt',
        nodeId: 'who',
        prompt: { key: 'flows:t.who' },
        input: 'choice',
        options: [
          { value: 'parent', label: 'flows:t.parent' },
          { value: 'young', label: 'flows:t.young' },
        ],
      },
    ]);
    expect(started.state).toMatchObject({ at: 'who', status: 'active', answers: {} });
  });

  it('choice saves one value and reports its label key', () => {
    const result = run(answer('who', 'parent'));
    expect(result.accepted).toEqual({ nodeId: 'who', values: ['parent'], labels: ['flows:t.parent'] });
    expect(result.state.answers).toEqual({ who: ['parent'] });
    expect(run(answer('who', 'parent', 'young')).rejected).toEqual({ key: 'flows:engine.chooseOne' });
    // Typed words that name one option answer it; anything else asks for a button.
    expect(run(text('Parent')).accepted).toEqual({ nodeId: 'who', values: ['parent'], labels: ['flows:t.parent'] });
    expect(run(text('someone')).rejected).toEqual({ key: 'flows:engine.chooseFromOptions' });
  });

  it('branch follows the first matching case, and end finishes the flow', () => {
    const result = run(answer('who', 'young'));
    expect(result.state).toMatchObject({ at: null, status: 'ended' });
    expect(result.outputs).toEqual([{ type: 'flow.ended' }]);
    expect(run(answer('who', 'parent')).state.at).toBe('needs');
  });

  it('multi-choice saves in option order and enforces min and max', () => {
    const result = run(answer('who', 'parent'), answer('needs', 'money-debt', 'housing', 'housing'));
    expect(result.state.answers['needs']).toEqual(['housing', 'money-debt']);
    expect(result.accepted?.labels).toEqual(['common:needs.housing', 'common:needs.money-debt']);
    expect(run(answer('who', 'parent'), answer('needs')).rejected).toEqual({ key: 'flows:engine.chooseAtLeast', params: { count: 1 } });
    const tooMany = run(answer('who', 'parent'), answer('needs', 'housing', 'money-debt', 'food-fuel'));
    expect(tooMany.rejected).toEqual({ key: 'flows:engine.chooseAtMost', params: { count: 2 } });
  });

  it('postcode keeps only the district, however it is typed', () => {
    for (const typed of ['bd7 1ab', 'BD71AB', ' bd7 ']) {
      const result = run(answer('who', 'parent'), answer('needs', 'housing'), text(typed));
      expect(result.state.answers['where']).toEqual(['BD7']);
      expect(summarise(flow, result.state, env)).toMatchObject({ postcodeDistrict: 'BD7', locality: 'south' });
      // The family is told why only "BD7" is echoed back, before the next question.
      expect(result.outputs[0]).toEqual({ type: 'message', content: { kind: 'localised', text: { key: 'flows:engine.postcodeKept', params: { district: 'BD7' } } } });
    }
    const invalid = run(answer('who', 'parent'), answer('needs', 'housing'), text('near the park'));
    expect(invalid.rejected).toEqual({ key: 'flows:engine.postcodeInvalid' });
    const skipped = run(answer('who', 'parent'), answer('needs', 'housing'), answer('where'));
    expect(skipped.state.answers['where']).toEqual([]);
    expect(JSON.stringify(skipped.outputs)).not.toContain('postcodeKept');
    expect(summarise(flow, skipped.state, env).locality).toBe('any');
    const elsewhere = run(answer('who', 'parent'), answer('needs', 'housing'), text('LS1 4AP'));
    expect(summarise(flow, elsewhere.state, env)).toMatchObject({ postcodeDistrict: 'LS1', locality: 'any' });
  });

  it('free-text trims, limits length, and can be skipped when optional', () => {
    expect(run(...toWords, text('  we need a home  ')).state.answers['words']).toEqual(['we need a home']);
    expect(run(...toWords, text('x'.repeat(21))).rejected).toEqual({ key: 'flows:engine.tooLong', params: { max: 20 } });
    expect(run(...toWords, answer('words', 'housing')).rejected).toEqual({ key: 'flows:engine.typeAnswer' });
    expect(run(...toWords, answer('words')).state.answers['words']).toEqual([]);
  });

  it('resources shows the first page for the answers given, then offers help', () => {
    const result = run(...toWords, answer('words'));
    expect(messages(result)).toEqual([
      { kind: 'localised', text: { key: 'flows:t.intro' } },
      { kind: 'resources', cards: [CATALOGUE[0], CATALOGUE[1]], hasMore: true },
      expect.objectContaining({
        kind: 'prompt',
        nodeId: 'offer',
        options: [
          { value: 'talk', label: 'flows:t.talk' },
          { value: 'more', label: 'flows:t.more' },
          { value: 'done', label: 'flows:t.done' },
        ],
      }),
    ]);
    expect(result.state).toMatchObject({ at: 'offer', resourcePage: 0, lastResourcesHasMore: true, lastResourcesNode: 'help' });
  });

  it('resources says so kindly when nothing matches, and then offers no "more"', () => {
    const result = run(answer('who', 'parent'), answer('needs', 'food-fuel'), answer('where'), answer('words'));
    const [none, offer] = messages(result);
    expect(none).toEqual({ kind: 'localised', text: { key: 'flows:engine.noResources' } });
    expect(offer).toMatchObject({ kind: 'prompt', options: [{ value: 'talk' }, { value: 'done' }] });
    expect(step(flow, result.state, answer('offer', 'more'), env).rejected).toEqual({ key: 'flows:engine.chooseFromOptions' });
  });

  it('offer-handoff pages through resources, hands off, or finishes', () => {
    const offered = run(...toWords, answer('words'));
    const more = step(flow, offered.state, answer('offer', 'more'), env);
    expect(messages(more)[0]).toEqual({ kind: 'resources', cards: [CATALOGUE[2]], hasMore: false });
    expect(messages(more)[1]).toMatchObject({ kind: 'prompt', nodeId: 'offer', options: [{ value: 'talk' }, { value: 'done' }] });
    expect(more.state).toMatchObject({ at: 'offer', resourcePage: 1, lastResourcesHasMore: false });
    expect(more.accepted).toEqual({ nodeId: 'offer', values: ['more'], labels: ['flows:t.more'] });

    const talk = step(flow, more.state, answer('offer', 'talk'), env);
    expect(talk.outputs).toEqual([
      { type: 'handoff.requested' },
      { type: 'message', content: { kind: 'localised', text: { key: 'flows:t.talked' } } },
      { type: 'flow.ended' },
    ]);
    const done = step(flow, offered.state, answer('offer', 'done'), env);
    expect(done.outputs).toEqual([{ type: 'flow.ended' }]);
    expect(done.state.status).toBe('ended');
  });
});

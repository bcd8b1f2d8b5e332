import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { districtLocalities, loadHubsConfig } from '../config/hubs.js';
import { ASKERS, NEEDS, URGENCIES } from '../protocol/vocabulary.js';
import { testCard, testEnv } from './test-env.js';
import {
  currentPrompt,
  designatedSignals,
  flattenLocale,
  lintFlow,
  lintLocales,
  loadFlows,
  startFlow,
  step,
  summarise,
  type FlowEnv,
  type FlowInput,
  type StepResult,
} from './index.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const flows = loadFlows(root('flows'));
const flow = flows.get('family-front-door')!;
const english = new Map(
  ['flows', 'common'].flatMap((ns) => [...flattenLocale(ns, JSON.parse(readFileSync(root(`locales/en/${ns}.json`), 'utf8')))]),
);

const CATALOGUE = [testCard('shelter', ['housing']), testCard('refuge', ['domestic-abuse']), testCard('money', ['money-debt'])];
const env = testEnv(CATALOGUE, districtLocalities(loadHubsConfig()));

const answer = (nodeId: string, ...values: string[]): FlowInput => ({ type: 'answer', nodeId, values });
const text = (t: string): FlowInput => ({ type: 'text', text: t });
const run = (...inputs: FlowInput[]): StepResult =>
  inputs.reduce((r, input) => {
    const next = step(flow, r.state, input, env);
    expect(next.rejected).toBeUndefined();
    return next;
  }, startFlow(flow, env));
const promptAt = (r: StepResult) => currentPrompt(flow, r.state);

describe('flows/', () => {
  it('every flow validates and lints clean against the English locales', () => {
    expect(flows.size).toBeGreaterThan(0);
    for (const each of flows.values()) expect(lintFlow(each, english)).toEqual([]);
    expect(lintLocales(flows.values(), english)).toEqual([]);
  });
});

describe('family-front-door', () => {
  it('opens with a welcome and the privacy note, then asks who is asking', () => {
    const started = startFlow(flow, env);
    expect(started.outputs.slice(0, 2).map((o) => o.type === 'message' && o.content)).toEqual([
      { kind: 'localised', text: { key: 'flows:ffd.welcome' } },
      { kind: 'localised', text: { key: 'flows:ffd.privacy' } },
    ]);
    expect(english.get('flows:ffd.privacy')).toMatch(/999/);
    expect(promptAt(started)).toMatchObject({ nodeId: 'who', options: ASKERS.map((value) => ({ value })) });
  });

  it('offers all the shared needs and urgencies', () => {
    for (const id of ['needs', 'needs-young-person']) {
      const options = flow.nodes[id]?.kind === 'multi-choice' ? flow.nodes[id].options.map((o) => o.value) : [];
      expect(options).toEqual(expect.arrayContaining([...NEEDS]));
    }
    const urgency = flow.nodes['urgency'];
    expect(urgency?.kind === 'choice' && urgency.options.map((o) => o.value)).toEqual(['danger-now', ...URGENCIES]);
  });

  it('summarises a full intake run and hands off to a person', () => {
    const offered = run(
      answer('who', 'parent-carer'),
      answer('ages', '5-11', '0-1'),
      answer('needs', 'housing', 'domestic-abuse'),
      text('bd7 1ab'),
      answer('urgency', 'today'),
      text('We have to leave our flat'),
    );
    expect(summarise(flow, offered.state, env)).toEqual({
      who: 'parent-carer',
      childAges: ['0-1', '5-11'],
      needs: ['housing', 'domestic-abuse'],
      postcodeDistrict: 'BD7',
      locality: 'south',
      urgency: 'today',
      ownWords: 'We have to leave our flat',
    });
    const shown = offered.outputs.flatMap((o) => (o.type === 'message' ? [o.content] : []));
    expect(shown.map((c) => c.kind)).toEqual(['localised', 'localised', 'resources', 'prompt']);
    expect(shown[2]).toEqual({ kind: 'resources', cards: [CATALOGUE[0], CATALOGUE[1]], hasMore: false });

    const talked = step(flow, offered.state, answer('offer', 'talk'), env);
    expect(talked.outputs).toEqual([
      { type: 'handoff.requested' },
      { type: 'message', content: { kind: 'localised', text: { key: 'flows:ffd.end.talk' } } },
      { type: 'flow.ended' },
    ]);
  });

  it('asks a young person about themselves', () => {
    const atAge = run(answer('who', 'young-person'));
    expect(promptAt(atAge)).toMatchObject({ nodeId: 'age-young-person', prompt: { key: 'flows:ffd.ages.promptYoungPerson' } });
    expect(step(flow, atAge.state, answer('age-young-person', '12-15', '16-18'), env).rejected?.key).toBe('flows:engine.chooseAtMost');
    const atNeeds = run(answer('who', 'young-person'), answer('age-young-person', '12-15'));
    expect(promptAt(atNeeds)).toMatchObject({ nodeId: 'needs-young-person', prompt: { key: 'flows:ffd.needs.promptYoungPerson' } });
    const done = run(
      answer('who', 'young-person'),
      answer('age-young-person', '12-15'),
      answer('needs-young-person', 'other'),
      answer('postcode'),
      answer('urgency', 'can-wait'),
      answer('own-words'),
      answer('offer', 'done'),
    );
    expect(done.state.status).toBe('ended');
    const summary = summarise(flow, done.state, env);
    expect(summary).toEqual({ who: 'young-person', childAges: ['12-15'], needs: [], locality: 'any', urgency: 'can-wait' });
  });

  it('asks someone expecting a baby about the baby and any other children', () => {
    expect(promptAt(run(answer('who', 'expecting')))).toMatchObject({
      nodeId: 'ages-expecting',
      options: expect.arrayContaining([{ value: 'unborn', label: 'common:ageBands.unborn' }]),
    });
  });

  it('marks the danger choices as safeguarding signals', () => {
    expect(designatedSignals(flow, 'urgency', ['danger-now'])).toEqual(['immediate-danger']);
    expect(designatedSignals(flow, 'needs', ['housing', 'domestic-abuse'])).toEqual(['domestic-abuse']);
    expect(designatedSignals(flow, 'needs-young-person', ['domestic-abuse'])).toEqual(['domestic-abuse']);
  });
});

import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowNode } from './flow-schema.js';
import { lintFlow } from './lint-flow.js';
import { flattenLocale, lintLocales } from './lint-locales.js';
import { ENGINE_KEYS } from './engine-keys.js';

const english = new Map([
  ...flattenLocale('flows', { t: { hi: 'Hi', ask: 'Pick one', yes: 'Yes', bye: 'Bye', blank: ' ', spare: 'Spare' } }),
  ...Object.values(ENGINE_KEYS).map((key) => [key, 'Engine text'] as const),
]);

const good: Record<string, FlowNode> = {
  hi: { kind: 'say', text: 'flows:t.hi', next: 'ask' },
  ask: { kind: 'choice', prompt: 'flows:t.ask', options: [{ value: 'yes', label: 'flows:t.yes' }], saveAs: 'ask', next: 'bye' },
  bye: { kind: 'end', text: 'flows:t.bye' },
};
const flowOf = (nodes: Record<string, FlowNode>, start = 'hi'): FlowDefinition => ({ id: 'lint', version: 1, start, nodes });
const problems = (nodes: Record<string, FlowNode>, start?: string) =>
  lintFlow(flowOf(nodes, start), english).map(({ nodeId, message }) => `${nodeId ?? '-'}: ${message}`);

describe('lintFlow', () => {
  it('passes a sound flow', () => {
    expect(lintFlow(flowOf(good), english)).toEqual([]);
  });

  it('finds nodes no one can reach', () => {
    expect(problems({ ...good, lost: { kind: 'end' } })).toEqual(['lost: unreachable: no path from the start node leads here']);
  });

  it('finds dead ends, including a question that only leads back to itself', () => {
    const stuck = { ...good, ask: { ...good['ask']!, next: 'ask' } } as Record<string, FlowNode>;
    expect(problems(stuck)).toEqual([
      'hi: dead end: no path from here reaches an end node',
      'ask: dead end: no path from here reaches an end node',
      'bye: unreachable: no path from the start node leads here',
    ]);
  });

  it('finds loops that never wait for an answer, even when a branch could leave them', () => {
    const spinning: Record<string, FlowNode> = {
      hi: { kind: 'say', text: 'flows:t.hi', next: 'route' },
      route: { kind: 'branch', cases: [{ when: { answer: 'ask', isEmpty: true }, next: 'hi' }], otherwise: 'ask' },
      ask: good['ask']!,
      bye: good['bye']!,
    };
    expect(problems(spinning)).toEqual([
      'hi: loops back here without ever waiting for an answer',
      'route: loops back here without ever waiting for an answer',
    ]);
  });

  it('finds unknown keys and keys with no English text', () => {
    const nodes: Record<string, FlowNode> = {
      ...good,
      hi: { kind: 'say', text: 'flows:t.missing', next: 'ask' },
      bye: { kind: 'end', text: 'flows:t.blank' },
    };
    expect(problems(nodes)).toEqual([
      'hi: unknown key "flows:t.missing" (not in locales/en/flows.json)',
      'bye: no English text for "flows:t.blank" in locales/en/flows.json',
    ]);
    const commonKey = { ...good, hi: { kind: 'say', text: 'common:nope', next: 'ask' } } as Record<string, FlowNode>;
    expect(problems(commonKey)).toEqual(['hi: unknown key "common:nope" (not in locales/en/common.json)']);
  });

  it('finds links to missing nodes and branches that read answers nothing saves', () => {
    const nodes: Record<string, FlowNode> = {
      ...good,
      hi: { kind: 'branch', cases: [{ when: { any: [{ answer: 'who', equals: 'x' }] }, next: 'ask' }], otherwise: 'gone' },
    };
    expect(problems(nodes)).toEqual([
      'hi: nodes.hi.otherwise points at missing node "gone"',
      'hi: condition reads answer "who" that no node saves',
    ]);
    expect(problems(good, 'nowhere')).toContain('-: start points at missing node "nowhere"');
  });
});

describe('lintLocales', () => {
  it('warns about flow keys no flow uses, but not about engine keys', () => {
    expect(lintLocales([flowOf(good)], english)).toEqual([
      { severity: 'warning', message: 'unused key "flows:t.blank": no flow shows it' },
      { severity: 'warning', message: 'unused key "flows:t.spare": no flow shows it' },
    ]);
  });

  it('requires English text for every key the engine shows', () => {
    const withoutEngine = new Map([...english].filter(([key]) => key !== ENGINE_KEYS.noResources));
    expect(lintLocales([], withoutEngine)).toContainEqual({
      severity: 'error',
      message: `engine key "${ENGINE_KEYS.noResources}" has no English text`,
    });
  });
});

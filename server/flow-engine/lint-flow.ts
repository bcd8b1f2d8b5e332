import { behaviourOf } from './behaviour-of.js';
import { answersRead } from './condition.js';
import type { FlowDefinition } from './flow-schema.js';
import { brokenLinks, reachable, reversed, successors } from './flow-graph.js';

export interface LintIssue {
  severity: 'error' | 'warning';
  nodeId?: string;
  message: string;
}

/** English text by full key, e.g. "flows:ffd.welcome" -> "Hello!" (see flattenLocale). */
export type EnglishTexts = ReadonlyMap<string, string>;

/**
 * Problems a family would hit in a flow: links to nowhere, nodes no one can reach, places they
 * could never leave, loops that never wait for them, words with no English source for
 * translators, and branches reading answers nothing saves. Pure, so CI and tests share it.
 */
export function lintFlow(flow: FlowDefinition, english: EnglishTexts): LintIssue[] {
  return [...linkIssues(flow), ...reachIssues(flow), ...restlessLoops(flow), ...keyIssues(flow, english), ...answerIssues(flow)];
}

/** Every locale key the flow can show. */
export function keysUsed(flow: FlowDefinition): Set<string> {
  return new Set(Object.values(flow.nodes).flatMap((node) => behaviourOf(node).keys));
}

const error = (nodeId: string | undefined, message: string): LintIssue =>
  nodeId === undefined ? { severity: 'error', message } : { severity: 'error', nodeId, message };

function linkIssues(flow: FlowDefinition): LintIssue[] {
  return brokenLinks(flow).map((b) => error(b.nodeId, `${b.path} points at missing node "${b.to}"`));
}

function reachIssues(flow: FlowDefinition): LintIssue[] {
  const edges = successors(flow);
  const fromStart = reachable([flow.start].filter((id) => edges.has(id)), edges);
  const ends = Object.entries(flow.nodes).flatMap(([id, node]) => (node.kind === 'end' ? [id] : []));
  const canEnd = reachable(ends, reversed(edges));
  return [...edges.keys()].flatMap((id) => {
    if (!fromStart.has(id)) return [error(id, 'unreachable: no path from the start node leads here')];
    if (!canEnd.has(id)) return [error(id, 'dead end: no path from here reaches an end node')];
    return [];
  });
}

/** Branches cannot change answers, so a cycle of nodes that never wait would spin for ever. */
function restlessLoops(flow: FlowDefinition): LintIssue[] {
  const edges = successors(flow);
  const restless = new Set([...edges.keys()].filter((id) => !behaviourOf(flow.nodes[id]!).answer));
  const restlessEdges = new Map([...restless].map((id) => [id, (edges.get(id) ?? []).filter((to) => restless.has(to))]));
  return [...restless]
    .filter((id) => reachable(restlessEdges.get(id) ?? [], restlessEdges).has(id))
    .map((id) => error(id, 'loops back here without ever waiting for an answer'));
}

function keyIssues(flow: FlowDefinition, english: EnglishTexts): LintIssue[] {
  return Object.entries(flow.nodes).flatMap(([id, node]) =>
    [...new Set(behaviourOf(node).keys)].flatMap((key) => {
      const file = `locales/en/${key.split(':')[0]}.json`;
      const text = english.get(key);
      if (text === undefined) return [error(id, `unknown key "${key}" (not in ${file})`)];
      if (text.trim() === '') return [error(id, `no English text for "${key}" in ${file}`)];
      return [];
    }),
  );
}

function answerIssues(flow: FlowDefinition): LintIssue[] {
  const saved = new Set(Object.values(flow.nodes).flatMap((node) => ('saveAs' in node ? [node.saveAs] : [])));
  return Object.entries(flow.nodes).flatMap(([id, node]) => {
    if (node.kind !== 'branch') return [];
    const unknown = new Set(node.cases.flatMap((c) => answersRead(c.when)).filter((name) => !saved.has(name)));
    return [...unknown].map((name) => error(id, `condition reads answer "${name}" that no node saves`));
  });
}

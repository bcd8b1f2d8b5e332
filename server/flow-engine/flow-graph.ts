import { behaviourOf } from './behaviour-of.js';
import type { FlowDefinition } from './flow-schema.js';

/** A link whose target is missing, as a path into the flow file (e.g. "nodes.who.next"). */
export interface BrokenLink {
  nodeId?: string;
  path: string;
  to: string;
}

export function brokenLinks(flow: FlowDefinition): BrokenLink[] {
  const exists = (id: string) => Object.hasOwn(flow.nodes, id);
  const broken: BrokenLink[] = exists(flow.start) ? [] : [{ path: 'start', to: flow.start }];
  for (const [nodeId, node] of Object.entries(flow.nodes)) {
    for (const link of behaviourOf(node).links) {
      if (!exists(link.to)) broken.push({ nodeId, path: `nodes.${nodeId}.${link.field}`, to: link.to });
    }
  }
  return broken;
}

/** Each node's existing successors, in link order. */
export function successors(flow: FlowDefinition): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [nodeId, node] of Object.entries(flow.nodes)) {
    graph.set(nodeId, [...new Set(behaviourOf(node).links.map((l) => l.to))].filter((to) => Object.hasOwn(flow.nodes, to)));
  }
  return graph;
}

/** Every node reachable from `from` by following the given edges (the start nodes included). */
export function reachable(from: Iterable<string>, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(edges.get(id) ?? []));
  }
  return seen;
}

export function reversed(edges: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const back = new Map<string, string[]>();
  for (const [from, tos] of edges) {
    for (const to of tos) back.set(to, [...(back.get(to) ?? []), from]);
  }
  return back;
}

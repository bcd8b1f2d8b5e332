import type { FlowDefinition } from '../flow-engine/index.js';

/** What each namespace is, for a translator who cannot see the code. */
const NAMESPACE_PLACES: Record<string, string> = {
  common: 'shared words: buttons, hub names, languages',
  widget: 'the chat window on council and school pages',
  flows: 'the questions the chat asks',
  resources: 'advice cards matched to a family',
  safeguarding: 'emergency and safety cards, shown when a family may be in danger',
  consent: 'what a family agrees to before an Early Help enquiry',
  'quick-replies': 'ready answers staff send into the chat',
  console: 'the staff console (staff read it in English)',
};

const KEY_REFERENCE = /"((?:flows|common|resources|safeguarding|consent|quick-replies):[\w.-]+)"/g;

// Flows are loaded once at start: one index per loaded set, however many languages are listed.
const indexes = new WeakMap<ReadonlyMap<string, FlowDefinition>, Map<string, string[]>>();

/** "namespace:key" -> the flow nodes that show it, e.g. `family-front-door › worries`. */
export function indexFlowKeys(flows: ReadonlyMap<string, FlowDefinition>): Map<string, string[]> {
  const known = indexes.get(flows);
  if (known) return known;
  const places = new Map<string, string[]>();
  for (const [flowId, flow] of flows) {
    for (const [nodeId, node] of Object.entries(flow.nodes)) {
      for (const match of JSON.stringify(node).matchAll(KEY_REFERENCE)) {
        const key = match[1] as string;
        const list = places.get(key) ?? [];
        const place = `${flowId} › ${nodeId}`;
        if (!list.includes(place)) places.set(key, [...list, place]);
      }
    }
  }
  indexes.set(flows, places);
  return places;
}

/** Where a key is shown: the flow nodes using it, else what its namespace is for. */
export function placesOf(flowKeys: ReadonlyMap<string, string[]>, namespace: string, key: string): string[] {
  const base = key.replace(/(_ordinal)?_(zero|one|two|few|many|other)$/, '');
  const inFlows = flowKeys.get(`${namespace}:${key}`) ?? flowKeys.get(`${namespace}:${base}`) ?? [];
  return inFlows.length > 0 ? inFlows : [NAMESPACE_PLACES[namespace] ?? namespace];
}

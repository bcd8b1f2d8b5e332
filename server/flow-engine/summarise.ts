import type { ConcernSummary } from '../protocol/content.js';
import { AGE_BAND_IDS, NEEDS, type AgeBand, type Need } from '../protocol/vocabulary.js';
import type { FlowEnv } from './flow-env.js';
import type { FlowDefinition, SummaryTag } from './flow-schema.js';
import type { FlowState } from './flow-state.js';

export type FlowSummary = ConcernSummary & { childAges: AgeBand[]; needs: Need[] };

/**
 * What the family has told the flow so far, for staff and for matching resources. Nodes say which
 * summary field they feed (`summary`), so answer names stay free. Values that are not shared
 * vocabulary (e.g. a "something else" need) stay in the answers but not in the summary.
 */
export function summarise(flow: FlowDefinition, state: FlowState, env: FlowEnv): FlowSummary {
  const first = (tag: SummaryTag) => answersTagged(flow, state, tag)[0];
  const who = first('who');
  const district = first('postcode');
  const urgency = first('urgency');
  const ownWords = first('ownWords');
  return {
    ...(who ? { who } : {}),
    childAges: answersTagged(flow, state, 'childAges').filter(isAgeBand),
    needs: answersTagged(flow, state, 'needs').filter(isNeed),
    ...(district ? { postcodeDistrict: district } : {}),
    locality: (district && env.districtLocalities[district]) || 'any',
    ...(urgency ? { urgency } : {}),
    ...(ownWords ? { ownWords } : {}),
  };
}

/** Answers from every node carrying the tag, in node order: branches may ask one thing two ways. */
function answersTagged(flow: FlowDefinition, state: FlowState, tag: SummaryTag): string[] {
  const names = Object.values(flow.nodes).flatMap((node) => ('summary' in node && node.summary === tag ? [node.saveAs] : []));
  return [...new Set(names.flatMap((name) => state.answers[name] ?? []))];
}

function isAgeBand(value: string): value is AgeBand {
  return (AGE_BAND_IDS as string[]).includes(value);
}

function isNeed(value: string): value is Need {
  return (NEEDS as readonly string[]).includes(value);
}

import { z } from 'zod';
import { FlowError } from './flow-errors.js';
import type { FlowDefinition } from './flow-schema.js';

/**
 * Where one conversation is in its flow. Stored as JSON per conversation and read back after
 * restarts, so it holds plain data only and is checked on every load.
 */
export const FlowState = z.object({
  flowId: z.string().min(1),
  flowVersion: z.number().int(),
  /** The node waiting for the family's answer; null once the flow has ended. */
  at: z.string().nullable(),
  status: z.enum(['active', 'ended']),
  /** Answers by `saveAs` name. Skipped optional questions are saved as []. */
  answers: z.record(z.string(), z.array(z.string())),
  resourcePage: z.number().int().min(0),
  lastResourcesHasMore: z.boolean(),
  /** The resources node that showed the last page, so "show more" reuses its page size. */
  lastResourcesNode: z.string().nullable(),
});
export type FlowState = z.infer<typeof FlowState>;

export function parseFlowState(raw: unknown): FlowState {
  const result = FlowState.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new FlowError('bad-state', `stored flow state is not valid: ${problems}`);
  }
  return result.data;
}

export function initialFlowState(flow: FlowDefinition): FlowState {
  return {
    flowId: flow.id,
    flowVersion: flow.version,
    at: null,
    status: 'active',
    answers: {},
    resourcePage: 0,
    lastResourcesHasMore: false,
    lastResourcesNode: null,
  };
}

/**
 * The query is the flow engine's: a resources node asks, this module answers. One definition,
 * owned by the engine, so the two can never drift apart.
 */
export type { ResourceQuery } from '../flow-engine/flow-env.js';

/** Why the engine refused to go on. The edge maps these; none of them is the family's fault. */
export type FlowErrorCode = 'loop' | 'unknown-node' | 'state-mismatch' | 'bad-state';

export class FlowError extends Error {
  override readonly name = 'FlowError';
  constructor(
    readonly code: FlowErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A flow file that fails its schema or points at nodes that do not exist. */
export class FlowLoadError extends Error {
  override readonly name = 'FlowLoadError';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(problems.map((p) => `${source}: ${p}`).join('\n'));
  }
}

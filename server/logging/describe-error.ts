/**
 * An unexpected error as it may be logged: its type and stack frames, without its message. A
 * message can quote input (JSON.parse and zod both do), and input may be a family's words.
 */
export function describeError(error: unknown): { type: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error };
  const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  return { type: error.name, ...(frames ? { stack: frames } : {}) };
}

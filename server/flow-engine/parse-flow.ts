import { FlowLoadError } from './flow-errors.js';
import { FlowDefinition } from './flow-schema.js';
import { brokenLinks } from './flow-graph.js';

/**
 * Checks a flow against its schema and that every link points at a real node, so a broken flow
 * stops the server at start rather than a family mid-conversation. `source` names it in errors.
 */
export function parseFlow(raw: unknown, source: string): FlowDefinition {
  const result = FlowDefinition.safeParse(raw);
  if (!result.success) {
    throw new FlowLoadError(
      source,
      result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const broken = brokenLinks(result.data);
  if (broken.length > 0) throw new FlowLoadError(source, broken.map((b) => `${b.path}: no node called "${b.to}"`));
  return result.data;
}

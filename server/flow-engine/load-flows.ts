import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FlowDefinition } from './flow-schema.js';
import { FlowLoadError } from './flow-errors.js';
import { parseFlow } from './parse-flow.js';

/**
 * Reads and checks every flows/*.json; the engine's only IO. A file must be named after its flow
 * id, so errors, logs and the linter can always point at the right file.
 */
export function loadFlows(dir: string): Map<string, FlowDefinition> {
  const flows = new Map<string, FlowDefinition>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const source = `${basename(dir)}/${file}`;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      throw new FlowLoadError(source, [`not valid JSON: ${(error as Error).message}`]);
    }
    const flow = parseFlow(raw, source);
    if (`${flow.id}.json` !== file) throw new FlowLoadError(source, [`id: "${flow.id}" must match the file name`]);
    flows.set(flow.id, flow);
  }
  return flows;
}

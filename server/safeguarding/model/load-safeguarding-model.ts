import { readFileSync } from 'node:fs';
import { projectPath } from '../../project-root.js';
import { parseSafeguardingModel, SafeguardingModelError } from './parse-safeguarding-model.js';
import type { SafeguardingModel } from './safeguarding-model.js';

export const DEFAULT_MODEL_PATH = projectPath('config', 'safeguarding-model.json');

/**
 * Read the trained model once at start. A missing or corrupt file stops the server with the path
 * and the reason: running without the model would silently lower what detection finds.
 */
export function loadSafeguardingModel(path: string = DEFAULT_MODEL_PATH): SafeguardingModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SafeguardingModelError(`${path} cannot be read (${reason(error)}); run npm run safeguarding:train to create it`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SafeguardingModelError(`${path} is not valid JSON: ${reason(error)}`);
  }
  return parseSafeguardingModel(data, path);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

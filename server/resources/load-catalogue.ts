import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from './catalogue-schema.js';
import { CatalogueError, parseCatalogue } from './parse-catalogue.js';
import { projectPath } from '../project-root.js';

const DEFAULT_PATH = projectPath('server/resources/catalogue.json');

/**
 * Reads and validates the resource catalogue. The only file in this module that touches the disk;
 * called once at start so a bad edit stops the server with a list of what to fix.
 */
export function loadCatalogue(path: string | URL = DEFAULT_PATH): Catalogue {
  const source = path instanceof URL ? fileURLToPath(path) : path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CatalogueError(source, [`cannot be read: ${(error as Error).message}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CatalogueError(source, [`is not valid JSON: ${(error as Error).message}`]);
  }
  return parseCatalogue(raw, source);
}

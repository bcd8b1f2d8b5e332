import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding package.json, flows/, locales/, config/ and dist/. Found by walking up from
 * this module, because it runs from server/ under tsx and from the one bundled file
 * dist/server/main.js in production: a fixed "../.." would be right in only one of them.
 */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}: cannot find the project folder`);
    dir = parent;
  }
  return dir;
}

const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** An absolute path inside the project, e.g. projectPath('locales'). */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}

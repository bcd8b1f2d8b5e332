import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePhraseBook, type PhraseBook } from './compile-phrase-book.js';
import { PhraseBookError, parsePhraseFile, type PhraseFile } from './phrase-file.js';
import { projectPath } from '../project-root.js';

export const PHRASE_FILE_NAME = 'safeguarding-phrases.json';
const DEFAULT_LOCALES_DIR = projectPath('locales');

/**
 * Read and compile locales/<language>/safeguarding-phrases.json for every language that has one.
 * Call once at start: any bad file stops the server with a message naming the file and entry,
 * because running with a list silently missing would hide danger.
 */
export function loadPhraseBook(localesDir: string | URL = DEFAULT_LOCALES_DIR): PhraseBook {
  const dir = typeof localesDir === 'string' ? localesDir : fileURLToPath(localesDir);
  const files: Record<string, PhraseFile> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name, PHRASE_FILE_NAME);
    if (!existsSync(path)) continue;
    files[entry.name] = parsePhraseFile(entry.name, readJson(path), path);
  }
  // English is the list every deployment is reviewed against; without it detection is crippled.
  if (!files.en) throw new PhraseBookError(`${join(dir, 'en', PHRASE_FILE_NAME)} is missing`);
  return compilePhraseBook(files);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PhraseBookError(`${path} is not valid JSON: ${reason}`);
  }
}

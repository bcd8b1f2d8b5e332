import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePhraseBook, type PhraseBook } from './compile-phrase-book.js';
import { PhraseBookError, parsePhraseFile, type PhraseFile } from './phrase-file.js';
import { projectPath } from '../project-root.js';
import { parseRuleFile } from './rule-file.js';
import { loadSafeguardingConfig, type SafeguardingConfig } from './safeguarding-config.js';

export const PHRASE_FILE_NAME = 'safeguarding-phrases.json';
const DEFAULT_LOCALES_DIR = projectPath('locales');
const DEFAULT_RULES = projectPath('config', 'safeguarding-rules.json');

export interface PhraseBookSources {
  rules?: string | URL;
  /** For its category -> card map; read from config/safeguarding.json when not given. */
  config?: SafeguardingConfig;
}

/**
 * Read and compile locales/<language>/safeguarding-phrases.json for every language that has one,
 * with config/safeguarding-rules.json. Call once at start: any bad file stops the server with a
 * message naming the file and entry, because running with a list silently missing would hide danger.
 */
export function loadPhraseBook(localesDir: string | URL = DEFAULT_LOCALES_DIR, sources: PhraseBookSources = {}): PhraseBook {
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
  const rulesPath = sources.rules ?? DEFAULT_RULES;
  const rules = parseRuleFile(readJson(rulesPath), String(rulesPath));
  const config = sources.config ?? loadSafeguardingConfig();
  return compilePhraseBook(files, rules, config.categories);
}

function readJson(path: string | URL): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PhraseBookError(`${String(path)} is not valid JSON: ${reason}`);
  }
}

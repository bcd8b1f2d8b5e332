import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus, type CorpusLine } from './corpus-line.js';

/** Every `*.jsonl` corpus file of a directory, in file-name order; none when the directory is absent. */
export function readCorpusDir(dir: string): CorpusLine[] {
  return corpusFiles(dir).flatMap(({ path, text }) => parseCorpus(text, path));
}

/** The corpus files of a directory with their text, in file-name order (for hashing and parsing). */
export function corpusFiles(dir: string): { path: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

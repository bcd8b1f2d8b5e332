import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFiles } from '../eval/read-corpus-dir.js';
import { parseCorpus, type CorpusLine } from '../eval/corpus-line.js';
import { PHRASE_FILE_NAME } from '../load-phrase-book.js';
import { parsePhraseFile, type PhraseFile } from '../phrase-file.js';
import { lexiconExamples, type TextExample } from './lexicon-examples.js';
import { TRAINING_PLAN } from './training-plan.js';

export interface TrainingData {
  /** The development corpus, every line of every dev/*.jsonl file (danger, .extra and .harmless). */
  lines: CorpusLine[];
  /** Harmless idioms of the lexicons (negatives) and, if the plan says so, their phrases (positives). */
  extras: TextExample[];
  /** sha256 over every file read, by name and content: the model file records it. */
  corpusHash: string;
}

/** Everything the model learns from: the development corpus only (never the held-out corpus) and the lexicons. */
export function loadTrainingData(devDir: string, localesDir: string): TrainingData {
  const hash = createHash('sha256');
  const files = corpusFiles(devDir);
  const lines = files.flatMap(({ path, text }) => {
    hash.update(`${path.slice(devDir.length)}\n${text}\n`);
    return parseCorpus(text, path);
  });
  const lexicons: Record<string, PhraseFile> = {};
  for (const language of readdirSync(localesDir).sort()) {
    const path = join(localesDir, language, PHRASE_FILE_NAME);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    hash.update(`${language}/${PHRASE_FILE_NAME}\n${text}\n`);
    lexicons[language] = parsePhraseFile(language, JSON.parse(text), path);
  }
  const extras = lexiconExamples(lexicons).filter((example) => TRAINING_PLAN.lexiconPositives || example.labels.length === 0);
  return { lines, extras, corpusHash: hash.digest('hex') };
}

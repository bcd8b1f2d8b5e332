import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectDanger, loadPhraseBook, PHRASE_FILE_NAME, type PhraseBook } from '../server/safeguarding/index.js';
import { measure, report, type Measurement } from './measure.js';

/** A few of the family languages first, then every language with a phrase file. */
const SIX = ['en', 'ur', 'pa-Arab', 'bn', 'pl', 'ar'];

/** Rounds of short runs, books in turn, best of each: other work on a shared machine drifts between runs. */
const ROUNDS = 5;

/** The real loader over a folder holding only `languages`' phrase files (links to locales/). */
function bookOf(localesDir: string, languages: readonly string[], scratch: string): PhraseBook {
  const dir = join(scratch, `${languages.length}`);
  for (const language of languages) {
    mkdirSync(join(dir, language), { recursive: true });
    symlinkSync(join(localesDir, language, PHRASE_FILE_NAME), join(dir, language, PHRASE_FILE_NAME));
  }
  return loadPhraseBook(dir);
}

/**
 * Issue 20 item 1, report only: the detector's cost for the same message with 1, 6 and all
 * languages' phrase books loaded. Indexed by word, it should stay roughly flat as phrases grow.
 */
export function reportDetectorScaling(localesDir: string, messages: { label: string; text: string }[]): void {
  const scratch = mkdtempSync(join(tmpdir(), 'front-door-phrases-'));
  try {
    const all = loadPhraseBook(localesDir);
    const books = [bookOf(localesDir, ['en'], scratch), bookOf(localesDir, SIX, scratch), all];
    const name = (book: PhraseBook) => `${book.languages.length} language(s), ${book.entries.length} entries`;
    const short = { warmupMs: 50, durationMs: 200 };
    for (const { label, text } of messages) {
      const best: Measurement[] = books.map((book) => ({ name: `detectDanger, ${name(book)}`, opsPerSecond: 0 }));
      for (let round = 0; round < ROUNDS; round++) {
        books.forEach((book, i) => {
          const run = measure(best[i]!.name, () => detectDanger(text, book, { languages: ['ur'] }), short);
          if (run.opsPerSecond > best[i]!.opsPerSecond) best[i] = run;
        });
      }
      const [baseline, ...subjects] = best;
      report(`Safeguarding detector cost against phrase-book size (${label}; best of ${ROUNDS} interleaved runs)`, baseline!, subjects);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The raw text of every `*.json` file under locales/, by language directory and then file name
 * (e.g. `snapshot.pl['common.meta.json']`). Only the CLI touches the disk; it builds this and
 * applies the `FileWrite`s the commands return, so every command here stays a pure function.
 */
export type LocaleSnapshot = Readonly<Record<string, Readonly<Record<string, string>>>>;

export type ReviewState = 'draft' | 'reviewed';

/** One entry of `<namespace>.meta.json`, keyed there by the flat dotted key. */
export interface MetaEntry {
  sourceHash: string;
  review: ReviewState;
}

/** A finding about a language, a file in it, or one key of that file. */
export interface Problem {
  lang: string;
  file?: string;
  key?: string;
  message: string;
}

/** A file a command wants written, relative to the locales directory. */
export interface FileWrite {
  lang: string;
  file: string;
  text: string;
}

export const resourceFileName = (ns: string): string => `${ns}.json`;
export const metaFileName = (ns: string): string => `${ns}.meta.json`;

/** Renders `<root>/<lang>/<file>: <key>: <message>`, the line format translators are taught. */
export function formatProblem(root: string, problem: Problem): string {
  const where = [root, problem.lang, problem.file].filter((part) => part !== undefined).join('/');
  return problem.key === undefined
    ? `${where}: ${problem.message}`
    : `${where}: ${problem.key}: ${problem.message}`;
}

import { z } from 'zod';
import { SAFEGUARDING_CATEGORIES } from '../protocol/vocabulary.js';

/**
 * locales/<language>/safeguarding-phrases.json, edited by safeguarding leads, not developers
 * (format in docs/safeguarding-detection.md). Strict: a misspelt key ("phrase", "child_safety")
 * would otherwise be silently skipped and its words never detected, so unknown keys are an error.
 */
const PhraseList = z.array(z.string().trim().min(1, 'a phrase cannot be empty').max(1000, 'keep an entry under 1,000 characters'));

/** Concept ids are shared by every language and used by config/safeguarding-rules.json. */
export const ConceptId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a concept id is lower-case words joined by "-"');

export const PhraseFile = z.strictObject({
  /** "draft" until a native-speaking safeguarding lead has checked the lists. */
  review: z.enum(['draft', 'reviewed']),
  /** Free text for the people who keep the file: sources, who reviewed it, when. */
  notes: z.string().optional(),
  /** This language's words for each concept; rules combine concepts from any language. */
  concepts: z.record(ConceptId, PhraseList).default({}),
  /** Phrases that on their own disclose a category ("kms", "relapsed on sh"). */
  phrases: z.partialRecord(z.enum(SAFEGUARDING_CATEGORIES), PhraseList).default({}),
  /** Harmless idioms ("this heat is killing me"): any match lying wholly inside one is dropped. */
  harmless: PhraseList.default([]),
});
export type PhraseFile = z.infer<typeof PhraseFile>;
export type PhraseFileInput = z.input<typeof PhraseFile>;

/** Thrown for any unusable phrase or rule data; the message names the file, the key and the entry. */
export class PhraseBookError extends Error {
  override readonly name = 'PhraseBookError';
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Validate one language's phrase file. `source` names it in errors (usually the file path). */
export function parsePhraseFile(language: string, data: unknown, source = `${language}/safeguarding-phrases.json`): PhraseFile {
  if (!LANGUAGE_TAG.test(language)) {
    throw new PhraseBookError(`${source}: "${language}" is not a language tag such as "pl" or "ur-Latn"`);
  }
  const result = PhraseFile.safeParse(data);
  if (!result.success) throw new PhraseBookError(`${source} is not a valid safeguarding phrase file: ${describeIssues(result.error)}`);
  return result.data;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'file'}: ${issue.message}`)
    .join('; ');
}

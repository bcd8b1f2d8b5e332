import { z } from 'zod';

/**
 * locales/<language>/safeguarding-phrases.json, edited by safeguarding leads, not developers.
 * Strict: a misspelt list name ("child_safety") would otherwise be silently skipped and its phrases
 * never detected, so unknown keys are an error.
 */
const PhraseList = z.array(z.string().trim().min(1, 'a phrase cannot be empty'));

export const PhraseFile = z.strictObject({
  /** "draft" until a native-speaking safeguarding lead has checked the lists. */
  review: z.enum(['draft', 'reviewed']),
  /** Free text for the people who keep the file: sources, who reviewed it, when. */
  notes: z.string().optional(),
  'immediate-danger': PhraseList.default([]),
  'child-safety': PhraseList.default([]),
  'domestic-abuse': PhraseList.default([]),
  'suicide-self-harm': PhraseList.default([]),
  /** Harmless idioms: a danger match lying wholly inside one of these is dropped. */
  ignore: PhraseList.default([]),
});
export type PhraseFile = z.infer<typeof PhraseFile>;
export type PhraseFileInput = z.input<typeof PhraseFile>;
export type PhraseListName = 'immediate-danger' | 'suicide-self-harm' | 'child-safety' | 'domestic-abuse' | 'ignore';

/** Thrown for any unusable phrase data; the message names the file, the list and the entry. */
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
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : 'file';
      return `${where}: ${issue.message}`;
    });
    throw new PhraseBookError(`${source} is not a valid safeguarding phrase file: ${problems.join('; ')}`);
  }
  return result.data;
}

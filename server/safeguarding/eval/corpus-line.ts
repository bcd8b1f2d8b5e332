import { z } from 'zod';
import { SAFEGUARDING_CATEGORIES } from '../../protocol/vocabulary.js';

/**
 * One line of an evaluation corpus (test/fixtures/safeguarding/eval/<part>/<lang>.jsonl).
 * `labels` lists the categories the message discloses, the first being the one whose card must
 * come first; an empty list marks a harmless message.
 */
export const CorpusLine = z.object({
  text: z.string().min(1).max(20_000),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  labels: z.array(z.enum(SAFEGUARDING_CATEGORIES)),
  style: z.string().min(1).max(40).default('unspecified'),
});
export type CorpusLine = z.infer<typeof CorpusLine>;

/** Parse a JSONL file; errors name the file and line so a corpus author can fix them. */
export function parseCorpus(text: string, source: string): CorpusLine[] {
  const lines: CorpusLine[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      throw new Error(`${source}:${index + 1}: not valid JSON`);
    }
    const result = CorpusLine.safeParse(data);
    if (!result.success) throw new Error(`${source}:${index + 1}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    lines.push(result.data);
  });
  return lines;
}

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../project-root.js';

const GlossaryEntrySchema = z.object({
  /** The English term as it appears in source texts (matched case-insensitively). */
  term: z.string().min(1).max(80),
  note: z.string().max(400),
  /** language -> the agreed term in that language; a language without one is not checked. */
  languages: z.record(z.string().max(35), z.string().min(1).max(120)),
});

const TranslationConfigSchema = z.object({
  /** A translator may not mark reviewed a text they wrote themselves ("reviewed by a person"). */
  fourEyes: z.boolean(),
  glossary: z.array(GlossaryEntrySchema).max(500),
});

export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export type TranslationConfig = z.infer<typeof TranslationConfigSchema>;

/** config/translations.json, checked once at start: a bad file stops the server. */
export function loadTranslationConfig(file = projectPath('config/translations.json')): TranslationConfig {
  const parsed = TranslationConfigSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

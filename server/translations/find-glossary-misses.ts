/** A glossary term as one language uses it (plain values, so the console can check as you type). */
export interface GlossaryTerm {
  term: string;
  translation: string;
  note: string;
}

/**
 * Terms whose English appears in the source but whose agreed translation is absent from the
 * translation. A warning, not an error: grammar may inflect a term the tool cannot recognise.
 */
export function findGlossaryMisses(source: string, translation: string, terms: readonly GlossaryTerm[]): string[] {
  const english = source.toLocaleLowerCase('en');
  const text = translation.toLocaleLowerCase();
  return terms
    .filter((entry) => english.includes(entry.term.toLocaleLowerCase('en')) && !text.includes(entry.translation.toLocaleLowerCase()))
    .map((entry) => `glossary: "${entry.term}" is "${entry.translation}" in this language`);
}

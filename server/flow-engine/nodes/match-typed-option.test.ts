import { describe, expect, it } from 'vitest';
import { matchTypedOption } from './match-typed-option.js';

const options = [
  { value: 'parent-carer', label: 'who.parent' },
  { value: 'expecting', label: 'who.expecting' },
  { value: 'young-person', label: 'who.young' },
  { value: 'helper', label: 'who.helper' },
];
const words: Record<string, string[]> = {
  'who.parent': ['Rodzic lub opiekun', 'Parent or carer'],
  'who.expecting': ['Oczekuję dziecka', 'Expecting a baby'],
  'who.young': ['Młoda osoba', 'Young person'],
  'who.helper': ['Pomagam rodzinie', 'Helping a family'],
};
const match = (text: string) => matchTypedOption(options, text, (key) => words[key] ?? [])?.value;

describe('matchTypedOption', () => {
  it('matches a whole label in either language, whatever the case, accents and punctuation', () => {
    expect(match('parent or carer')).toBe('parent-carer');
    expect(match('  Młoda   osoba! ')).toBe('young-person');
    expect(match('oczekuje dziecka')).toBe('expecting');
    expect(match('expecting')).toBe('expecting');
  });

  it('matches words found in exactly one label', () => {
    expect(match('carer')).toBe('parent-carer');
    expect(match('baby')).toBe('expecting');
  });

  it('refuses to guess when several or none fit, for bare numbers and for fragments', () => {
    expect(match('a')).toBeUndefined();
    expect(match('banana')).toBeUndefined();
    expect(match('2')).toBeUndefined();
    expect(match('par')).toBeUndefined();
    expect(match('')).toBeUndefined();
    // Two options named by the same words is a doubt, not a choice.
    expect(matchTypedOption([...options, { value: 'carer', label: 'who.parent' }], 'parent or carer', (key) => words[key] ?? [])).toBeUndefined();
  });
});

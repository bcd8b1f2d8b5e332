import { describe, expect, it } from 'vitest';
import {
  compilePhraseBook,
  detectDanger,
  parsePhraseFile,
  type PhraseFileInput,
} from '../../server/safeguarding/index.js';

function book(files: Record<string, Omit<PhraseFileInput, 'review'>>) {
  return compilePhraseBook(
    Object.fromEntries(Object.entries(files).map(([language, lists]) => [language, parsePhraseFile(language, { review: 'draft', ...lists })])),
  );
}
const severities = (text: string, phrases: ReturnType<typeof book>) => detectDanger(text, phrases).map((m) => m.severity);

describe('detectDanger matching', () => {
  it('needs the words of a phrase in a row', () => {
    const phrases = book({ en: { 'domestic-abuse': ['hit* me'] } });
    expect(severities('he hits me', phrases)).toEqual(['domestic-abuse']);
    expect(severities('he hits the wall and me', phrases)).toEqual([]);
  });

  it('covers inflections with a trailing *, prefixes with a leading * and either spelling with |', () => {
    const phrases = book({
      pl: { 'suicide-self-harm': ['zabi* sie'] },
      ar: { 'domestic-abuse': ['*ضربني'] },
      'ur-Latn': { 'domestic-abuse': ['mujhe|mujhy|mje mart*'] },
    });
    expect(severities('chcę się zabić', phrases)).toEqual([]);
    expect(severities('zabiję się', phrases)).toEqual(['suicide-self-harm']);
    expect(severities('جوزي بيضربني', phrases)).toEqual(['domestic-abuse']);
    expect(severities('wo mje maarti hai', phrases)).toEqual(['domestic-abuse']);
  });

  it('allows one typo in words of 5+ letters, two in 9+, none in short words', () => {
    const phrases = book({ en: { 'immediate-danger': ['knife'], 'suicide-self-harm': ['overdosing'], 'domestic-abuse': ['hit me'] } });
    expect(severities('he has a kinfe', phrases)).toEqual(['immediate-danger']);
    expect(severities('he has a knief', phrases)).toEqual(['immediate-danger']);
    expect(severities('he has a kn', phrases)).toEqual([]);
    expect(severities('ovrdosnig', phrases)).toEqual(['suicide-self-harm']);
    expect(severities('he hot me', phrases)).toEqual([]);
  });

  it('allows a typo in only one word of a phrase', () => {
    const phrases = book({ 'pa-Latn': { 'domestic-abuse': ['mainu marda'] } });
    expect(severities('mainu mrda', phrases)).toEqual(['domestic-abuse']);
    expect(severities('main marna', phrases)).toEqual([]);
  });

  it('turns typo allowance off for words written with =', () => {
    const phrases = book({ hu: { 'suicide-self-harm': ['=megolom magam'] } });
    expect(severities('megölöm magam', phrases)).toEqual(['suicide-self-harm']);
    expect(severities('majd megoldom magam', phrases)).toEqual([]);
  });

  it('ignores doubled and stretched letters', () => {
    const phrases = book({ 'ur-Latn': { 'domestic-abuse': ['mujhe mar'] }, en: { 'suicide-self-harm': ['want to die'] } });
    expect(severities('mujhe maar', phrases)).toEqual(['domestic-abuse']);
    expect(severities('i waaaant to diiiie', phrases)).toEqual(['suicide-self-harm']);
  });

  it('matches phrases in scripts without spaces anywhere inside the text', () => {
    const phrases = book({ zh: { 'suicide-self-harm': ['想死'] } });
    expect(severities('我真的想死了', phrases)).toEqual(['suicide-self-harm']);
  });

  it('checks every language on every message', () => {
    const phrases = book({ en: { 'domestic-abuse': ['hits me'] }, pl: { 'suicide-self-harm': ['chce umrzec'] } });
    expect(detectDanger('he hits me i chcę umrzeć', phrases).map((m) => m.language)).toEqual(['pl', 'en']);
  });
});

describe('detectDanger results', () => {
  const phrases = book({
    en: {
      'domestic-abuse': ['hit* me'],
      'child-safety': ['hit* the kids'],
      'suicide-self-harm': ['want to die'],
      'immediate-danger': ['knife'],
    },
  });

  it('orders matches most severe first, then by position', () => {
    expect(severities('he hit me and hit the kids, I want to die, he has a knife', phrases)).toEqual([
      'immediate-danger',
      'suicide-self-harm',
      'child-safety',
      'domestic-abuse',
    ]);
  });

  it('quotes the family’s own words and names the list entry', () => {
    expect(detectDanger('He HIT  me!!', phrases)).toEqual([
      { severity: 'domestic-abuse', phrase: 'hit* me', language: 'en', matchedText: 'HIT  me' },
    ]);
  });

  it('reports each list entry once', () => {
    expect(detectDanger('he hit me, he hit me again', phrases)).toHaveLength(1);
  });

  it('finds nothing in empty or wordless text', () => {
    expect(detectDanger('', phrases)).toEqual([]);
    expect(detectDanger('!!! 😀', phrases)).toEqual([]);
  });
});

describe('detectDanger harmless idioms', () => {
  const phrases = book({
    en: {
      'immediate-danger': ['kill* me'],
      'suicide-self-harm': ['tired of living', 'kill* myself'],
      ignore: ['feet are killing me', 'dead tired', 'killing myself laughing'],
    },
  });

  it('drops a danger match that lies wholly inside an idiom', () => {
    expect(detectDanger('my feet are killing me', phrases)).toEqual([]);
    expect(detectDanger('I was killing myself laughing', phrases)).toEqual([]);
  });

  it('keeps a danger phrase that only overlaps an idiom', () => {
    expect(severities("I'm dead tired of living", phrases)).toEqual(['suicide-self-harm']);
  });

  it('keeps a later real occurrence after an idiom', () => {
    expect(severities('my feet are killing me and he said he will kill me', phrases)).toEqual(['immediate-danger']);
  });

  it('applies idioms from any language', () => {
    const mixed = book({ en: { 'suicide-self-harm': ['want to die'] }, fr: { ignore: ['want to die of laughing'] } });
    expect(detectDanger('I want to die of laughing', mixed)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  compilePhraseBook,
  detectDanger,
  loadSafeguardingConfig,
  parsePhraseFile,
  parseRuleFile,
  type PhraseFileInput,
  type Rule,
} from '../../server/safeguarding/index.js';

const { categories } = loadSafeguardingConfig();
const LABELS = Object.fromEntries(Object.keys(categories).map((category) => [category, `words about ${category}`]));

type Lexicon = Omit<PhraseFileInput, 'review'>;
function book(files: Record<string, Lexicon>, rules: (Partial<Rule> & Pick<Rule, 'id' | 'category' | 'all'>)[] = []) {
  const ruleFile = parseRuleFile({ categoryLabels: LABELS, rules: rules.map((rule) => ({ label: `rule ${rule.id}`, ...rule })) });
  return compilePhraseBook(
    Object.fromEntries(Object.entries(files).map(([language, lexicon]) => [language, parsePhraseFile(language, { review: 'draft', ...lexicon })])),
    ruleFile,
    categories,
  );
}
type Book = ReturnType<typeof book>;
const found = (text: string, phrases: Book, languages?: string[]) => detectDanger(text, phrases, { languages }).map((m) => m.category);

describe('phrases', () => {
  it('need their words in a row', () => {
    const phrases = book({ en: { phrases: { 'domestic-abuse': ['hit* me'] } } });
    expect(found('he hits me', phrases)).toEqual(['domestic-abuse']);
    expect(found('he hits the wall and me', phrases)).toEqual([]);
  });

  it('cover inflections with a trailing *, prefixes with a leading * and either spelling with |', () => {
    const phrases = book({
      pl: { phrases: { 'suicide-self-harm': ['zabi* sie'] } },
      ar: { phrases: { 'domestic-abuse': ['*ضربني'] } },
      'ur-Latn': { phrases: { 'domestic-abuse': ['mujhe|mujhy|mje mart*'] } },
    });
    expect(found('chcę się zabić', phrases)).toEqual([]);
    expect(found('zabiję się', phrases)).toEqual(['suicide-self-harm']);
    expect(found('جوزي بيضربني', phrases)).toEqual(['domestic-abuse']);
    expect(found('wo mje maarti hai', phrases)).toEqual(['domestic-abuse']);
  });

  it('ignore doubled and stretched letters', () => {
    const phrases = book({ 'ur-Latn': { phrases: { 'domestic-abuse': ['mujhe mar'] } }, en: { phrases: { 'suicide-self-harm': ['want to die'] } } });
    expect(found('mujhe maar', phrases)).toEqual(['domestic-abuse']);
    expect(found('i waaaant to diiiie', phrases)).toEqual(['suicide-self-harm']);
  });

  it('match in scripts without spaces anywhere inside the text', () => {
    const phrases = book({ zh: { phrases: { 'suicide-self-harm': ['想死'] } } });
    expect(found('我真的想死了', phrases)).toEqual(['suicide-self-harm']);
  });

  it('of every language apply to every message', () => {
    const phrases = book({ en: { phrases: { 'domestic-abuse': ['hits me'] } }, pl: { phrases: { 'suicide-self-harm': ['chce umrzec'] } } });
    expect(detectDanger('he hits me i chcę umrzeć', phrases).map((m) => m.language)).toEqual(['pl', 'en']);
  });
});

describe('typos', () => {
  const phrases = book({
    en: { phrases: { 'immediate-danger': ['knife'], 'suicide-self-harm': ['overdosing'], 'domestic-abuse': ['hit me', 'stalk*', 'stalker'] } },
    'pa-Latn': { phrases: { 'domestic-abuse': ['mainu dhamkaunda'] } },
    ro: { phrases: { 'domestic-abuse': ['=batut mă', 'lovește'] } },
  });

  it('allow one edit in words of six letters or more', () => {
    expect(found('ovrdosing', phrases)).toEqual(['suicide-self-harm']);
    expect(found('overdosnig', phrases)).toEqual(['suicide-self-harm']);
    expect(found('ovrdosnig', phrases)).toEqual([]);
  });

  it('allow none in shorter words', () => {
    expect(found('he has a kinfe', phrases)).toEqual([]);
    expect(found('he hot me', phrases)).toEqual([]);
  });

  it('allow none in * words: "talk" is not "stalk", "staring" is not "stalker"', () => {
    expect(found('can we talk', phrases)).toEqual([]);
    expect(found('he keeps staring', phrases)).toEqual([]);
    expect(found('he is a stalkr', phrases)).toEqual(['domestic-abuse']);
  });

  it('apply to another language only when the conversation is in it', () => {
    expect(found('mainu dhamkaonda', phrases)).toEqual([]);
    expect(found('mainu dhamkaonda', phrases, ['pa-Latn'])).toEqual(['domestic-abuse']);
    expect(found('lovetse', phrases, ['pl'])).toEqual([]);
    expect(found('lovetse', phrases, ['ro'])).toEqual(['domestic-abuse']);
    expect(found('lovește', phrases, ['pl'])).toEqual(['domestic-abuse']);
  });

  it('allow none in words written with =', () => {
    expect(found('m-a batut mă', phrases, ['ro'])).toEqual(['domestic-abuse']);
    expect(found('m-a bătut mă', phrases, ['ro'])).toEqual(['domestic-abuse']);
    expect(found('a bazut mă', phrases, ['ro'])).toEqual([]);
  });
});

describe('rules', () => {
  const lexicon: Record<string, Lexicon> = {
    en: {
      concepts: {
        adult: ['stepdad', 'uncle', 'man'],
        enter: ['comes into', 'goes into'],
        bedroom: ['room', 'bedroom'],
        night: ['night', 'at night'],
        child: ['son', 'daughter', 'sister'],
        hit: ['hit*', 'beat*'],
        negation: ['not', 'never', 'nobody', 'dont', 'doesnt'],
        'negation-break': ['but', 'stop'],
      },
    },
    'ur-Latn': { concepts: { night: ['raat', 'raat ko'], bedroom: ['kamre', 'kamra'], child: ['beti', 'bachon'], hit: ['mar*'], 'negation-after': ['nahi'] } },
  };
  const rules = [
    { id: 'night-visits', category: 'sexual-abuse' as const, all: [['adult'], 'enter', 'bedroom', 'night'], window: 10 },
    { id: 'hits-child', category: 'physical-abuse' as const, all: ['hit', 'child'], window: 4, ordered: true },
  ];
  const phrases = book(lexicon, rules);

  it('fire when every concept occurs within the window, in any order', () => {
    expect(found("my stepdad comes into my sister's room at night", phrases)).toEqual(['sexual-abuse']);
    expect(found('at night my uncle comes into the bedroom', phrases)).toEqual(['sexual-abuse']);
  });

  it('do not fire when one concept is missing or the concepts are too far apart', () => {
    expect(found('my stepdad comes into the room', phrases)).toEqual([]);
    expect(found('my stepdad comes into the kitchen and then he reads and reads and reads and goes to his room at night', phrases)).toEqual([]);
  });

  it('combine concepts from different languages (code-mixing)', () => {
    expect(found('mera stepdad raat ko beti ke kamre comes into', phrases, ['ur-Latn'])).toEqual(['sexual-abuse']);
  });

  it('count a foreign word of three letters or fewer only in the conversation language ("raat" is "rat")', () => {
    expect(found('my stepdad comes into the room, raat', phrases)).toEqual([]);
    expect(found('my stepdad comes into the room, raat', phrases, ['ur-Latn'])).toEqual(['sexual-abuse']);
  });

  it('respect the order of ordered rules', () => {
    expect(found('he beats my son', phrases)).toEqual(['physical-abuse']);
    expect(found('my son beat me at chess', phrases)).toEqual([]);
  });

  it('quote the span from the first to the last concept, with UTF-16 offsets, and the rule label', () => {
    const text = 'Honestly 😟 my stepdad comes into my room at night';
    const [match] = detectDanger(text, phrases);
    expect(match).toMatchObject({ category: 'sexual-abuse', severity: 'child-safety', rule: 'rule night-visits', ruleId: 'rule:night-visits' });
    expect(match!.matchedText).toBe('stepdad comes into my room at night');
    expect(text.slice(match!.start, match!.end)).toBe(match!.matchedText);
  });

  it('veto a match when a `none` concept is in the window', () => {
    const vetoed = book(lexicon, [{ ...rules[0]!, none: ['child'] }, rules[1]!]);
    expect(found('my stepdad comes into the room at night', vetoed)).toEqual(['sexual-abuse']);
    expect(found('my stepdad comes into my sister room at night', vetoed)).toEqual([]);
  });
});

describe('negation', () => {
  const phrases = book(
    {
      en: {
        concepts: { child: ['kids', 'son'], hit: ['hit*', 'hurt*'], negation: ['not', 'never', 'nobody', 'no one', 'dont'], 'negation-break': ['but', 'stop'] },
        phrases: { 'immediate-danger': ['in danger'], 'suicide-self-harm': ['cutting myself', 'dont want to live'] },
      },
      'ur-Latn': { concepts: { 'negation-after': ['nahi', 'nahin'], negation: ['nahi'] }, phrases: { 'immediate-danger': ['khatre mein'] } },
      pl: { concepts: { negation: ['nie', 'na'] } },
    },
    [{ id: 'hits-child', category: 'physical-abuse', all: ['hit', 'child'], window: 4 }],
  );

  it('cancels a hit when the negation stands just before it', () => {
    expect(found("I'm not in danger", phrases)).toEqual([]);
    expect(found('he has never hit the kids', phrases)).toEqual([]);
    expect(found('nobody hurts my son', phrases)).toEqual([]);
    expect(found('no one hurts my son', phrases)).toEqual([]);
  });

  it('cancels a hit when a postposed negation follows it (Urdu "nahi")', () => {
    expect(found('main khatre mein nahi hoon', phrases)).toEqual([]);
    expect(found('main khatre mein hoon', phrases)).toEqual(['immediate-danger']);
  });

  it('reaches only a few words, within the clause, and not across a break word', () => {
    expect(found('nobody knows that he hits my son', phrases)).toEqual(['physical-abuse']);
    expect(found('I am not sure, but I think we are in danger', phrases)).toEqual(['immediate-danger']);
    expect(found('not now. in danger', phrases)).toEqual(['immediate-danger']);
    expect(found("I can't stop cutting myself", phrases)).toEqual(['suicide-self-harm']);
  });

  it('does not cancel a phrase that carries its own negation', () => {
    expect(found("I don't want to live", phrases)).toEqual(['suicide-self-harm']);
  });

  it('comes only from the same language: Polish "na" does not negate English', () => {
    expect(found('na in danger', phrases)).toEqual(['immediate-danger']);
  });
});

describe('harmless idioms', () => {
  const phrases = book({
    en: {
      phrases: { 'immediate-danger': ['kill* me'], 'suicide-self-harm': ['tired of living', 'kill* myself'] },
      harmless: ['feet are killing me', 'dead tired', 'killing myself laughing'],
    },
  });

  it('drop a match that lies wholly inside an idiom', () => {
    expect(found('my feet are killing me', phrases)).toEqual([]);
    expect(found('I was killing myself laughing', phrases)).toEqual([]);
  });

  it('keep a match that only overlaps an idiom', () => {
    expect(found("I'm dead tired of living", phrases)).toEqual(['suicide-self-harm']);
  });

  it('keep a later real occurrence after an idiom', () => {
    expect(found('my feet are killing me and he said he will kill me', phrases)).toEqual(['immediate-danger']);
  });

  it('apply from any language', () => {
    const mixed = book({ en: { phrases: { 'suicide-self-harm': ['want to die'] } }, fr: { harmless: ['want to die of laughing'] } });
    expect(found('I want to die of laughing', mixed)).toEqual([]);
  });
});

describe('results', () => {
  const phrases = book(
    {
      en: {
        concepts: { partner: ['husband'], threat: ['says he will'], kill: ['kill'], me: ['me'] },
        phrases: { 'domestic-abuse': ['hit* me'], 'physical-abuse': ['hit* the kids'], 'suicide-self-harm': ['want to die'], 'immediate-danger': ['has a knife'] },
      },
    },
    [
      { id: 'threat-to-kill', category: 'immediate-danger', all: ['threat', 'kill', 'me'], window: 6, defer: true },
      { id: 'partner-threat', category: 'domestic-abuse', all: ['partner', 'threat', 'kill'], window: 10 },
    ],
  );

  it('come most urgent card first, one per category', () => {
    expect(found('he hit me and hit the kids, I want to die, he has a knife', phrases)).toEqual([
      'immediate-danger',
      'suicide-self-harm',
      'physical-abuse',
      'domestic-abuse',
    ]);
    expect(detectDanger('he hit me, he hit me again', phrases)).toHaveLength(1);
  });

  it('put a threat to kill inside a relationship after domestic abuse, unless danger is now', () => {
    expect(found('my husband says he will kill me', phrases)).toEqual(['domestic-abuse', 'immediate-danger']);
    expect(found('he says he will kill me', phrases)).toEqual(['immediate-danger']);
    expect(found('my husband has a knife and says he will kill me', phrases)).toEqual(['immediate-danger', 'domestic-abuse']);
  });

  it('quote the family’s words and name the category in plain English, never pattern syntax', () => {
    expect(detectDanger('He HIT  me!!', phrases)).toEqual([
      {
        category: 'domestic-abuse',
        severity: 'domestic-abuse',
        rule: 'words about domestic-abuse',
        ruleId: 'phrase:en:domestic-abuse',
        source: 'rules',
        language: 'en',
        matchedText: 'HIT  me',
        start: 3,
        end: 10,
      },
    ]);
  });

  it('are empty for empty or wordless text', () => {
    expect(detectDanger('', phrases)).toEqual([]);
    expect(detectDanger('!!! 😀', phrases)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  compilePhraseBook,
  detectDanger,
  loadPhraseBook,
  loadSafeguardingConfig,
  parsePhraseFile,
  parseRuleFile,
  type PhraseFileInput,
} from '../../server/safeguarding/index.js';
import { tokeniseText } from '../../server/safeguarding/tokenise-text.js';

/**
 * The rule kinds added for issue #9 with small literal lexicons (how each behaves), then the
 * shipped lexicons on a few everyday worries in several languages that used to raise a card.
 */
const { categories } = loadSafeguardingConfig();
const LABELS = Object.fromEntries(Object.keys(categories).map((category) => [category, `words about ${category}`]));

function book(lexicons: Record<string, Omit<PhraseFileInput, 'review'>>, rules: unknown[]) {
  return compilePhraseBook(
    Object.fromEntries(Object.entries(lexicons).map(([language, lexicon]) => [language, parsePhraseFile(language, { review: 'draft', ...lexicon })])),
    parseRuleFile({ categoryLabels: LABELS, rules }),
    categories,
  );
}

describe('means emoji', () => {
  it('are words of their own; other emoji stay invisible', () => {
    expect(tokeniseText('tablets 💊💊 tonight 😂').map((token) => token.key)).toEqual(['tablets', '💊', '💊', 'tonight']);
  });

  it('can be written in a lexicon and combined by a rule', () => {
    const phrases = book(
      { en: { concepts: { means: ['💊|🪢'], 'plan-time': ['tonight'] } } },
      [{ id: 'means-plan', category: 'suicide-self-harm', label: 'a means and a plan', all: ['means', 'plan-time'], window: 6 }],
    );
    expect(detectDanger('💊 tonight', phrases).map((m) => m.category)).toEqual(['suicide-self-harm']);
    expect(detectDanger('😂 tonight', phrases)).toEqual([]);
  });
});

describe('a veto concept', () => {
  const phrases = book(
    { en: { concepts: { child: ['son'], missing: ['ran off'], found: ['found him'] } } },
    [{ id: 'child-missing', category: 'missing-child', label: 'a child missing', all: ['child', 'missing'], window: 10, none: ['found'] }],
  );

  it('stops the rule when it stands within the window', () => {
    expect(detectDanger('my son ran off in the shop', phrases).map((m) => m.category)).toEqual(['missing-child']);
    expect(detectDanger('my son ran off in the shop but we found him', phrases)).toEqual([]);
  });
});

describe('the shipped lexicons', () => {
  const shipped = loadPhraseBook();
  const cards = (text: string, language: string) => detectDanger(text, shipped, { languages: [language] }).map((m) => m.category);

  it.each([
    ['en', 'my son keeps getting up in the night and coming into our room, how do i get him to sleep in his own bed'],
    ['pl', 'syn uciekł mi w supermarkecie, ale znaleźliśmy go przy słodyczach'],
    ['sq', 'burri punon natën, unë i vë fëmijët në gjumë vetëm'],
    ['ar', 'هالحر راح يموتني، الأولاد بدهم يروحوا الحديقة'],
    ['en', 'my 15 year old plays fortnite all night and says he killed loads of people, is that normal gaming'],
    ['ur-Latn', 'main khatre mein nahi hoon, bas housing form bharne mein madad chahiye'],
  ])('stay quiet on an everyday worry [%s] %s', (language, text) => {
    expect(cards(text, language)).toEqual([]);
  });

  it('keep a Punjabi copula ("nen", are) from negating what comes before it', () => {
    expect(cards('بچے سارا دن کلے ہوندے نیں', 'pa-Arab')).toEqual(['neglect']);
  });

  it.each([
    ['en', 'been saving my nans tablets in a sock for weeks 💊', 'suicide-self-harm'],
    ['pl', 'napisałam list pożegnalny do dzieci, nie dam rady dłużej', 'suicide-self-harm'],
    ['ro', 'mă gândesc să sar de pe pod, nu o să observe nimeni', 'suicide-self-harm'],
    ['hi', 'पति के हाथ में चाकू है और वो दरवाजे पर खड़ा है, जल्दी मदद करो', 'immediate-danger'],
  ])('find means and plans [%s] %s', (language, text, category) => {
    expect(cards(text, language)[0]).toBe(category);
  });
});

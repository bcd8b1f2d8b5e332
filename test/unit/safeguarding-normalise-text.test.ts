import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../server/safeguarding/index.js';

describe('normaliseText', () => {
  it('folds case, collapses whitespace and punctuation, squashes stretched letters', () => {
    expect(normaliseText('  Pleeeease   HELP!!! ')).toBe('please help');
    expect(normaliseText('help...me,now')).toBe('help me now');
    expect(normaliseText('nooooo')).toBe('no');
  });

  it('keeps ordinary double letters', () => {
    expect(normaliseText('kill need')).toBe('kill need');
  });

  it('joins apostrophes instead of splitting on them, whatever apostrophe is typed', () => {
    expect(normaliseText("don't")).toBe('dont');
    expect(normaliseText('don’t')).toBe('dont');
    expect(normaliseText("m'a frappée")).toBe('ma frappee');
  });

  it('applies NFKC so full-width letters and ligatures match', () => {
    expect(normaliseText('Ｋｉｌｌ ﬁve')).toBe('kill five');
  });

  it('drops Latin diacritics, including letters NFD cannot split', () => {
    expect(normaliseText('ZABIĆ SIĘ, Łódź')).toBe('zabic sie lodz');
    expect(normaliseText('Şoţul mă bate, Soțul')).toBe('sotul ma bate sotul');
    expect(normaliseText('Chci umřít, řežu se')).toBe('chci umrit rezu se');
    expect(normaliseText('Straße')).toBe('strasse');
  });

  it('folds Turkish dotted and dotless i the same way', () => {
    expect(normaliseText('KOCAM BENİ DÖVÜYOR')).toBe('kocam beni dovuyor');
    expect(normaliseText('bıçağı var')).toBe('bicagi var');
    expect(normaliseText('İ I ı i')).toBe('i i i i');
  });

  it('folds Cyrillic marks so ё and е match', () => {
    expect(normaliseText('муж меня бьёт')).toBe(normaliseText('муж меня бьет'));
  });

  it('keeps Brahmic vowel signs but folds nukta and chandrabindu', () => {
    expect(normaliseText('मैं मरना चाहती हूँ')).toBe(normaliseText('मैं मरना चाहती हूं'));
    expect(normaliseText('ਚਾਹੁੰਦੀ')).toBe(normaliseText('ਚਾਹੁਂਦੀ'));
    expect(normaliseText('মরে')).toBe('মরে');
  });

  it('unifies Arabic-script yeh, kaf, heh and alef variants', () => {
    expect(normaliseText('مجھے مار رہا ہے')).toBe(normaliseText('مجهے مار رها هے'));
    expect(normaliseText('ی ى ي ے')).toBe('ي ي ي ي');
    expect(normaliseText('ک ك')).toBe('ك ك');
    expect(normaliseText('ة ہ ھ ۃ ه')).toBe('ه ه ه ه ه');
    expect(normaliseText('أ إ آ ا')).toBe('ا ا ا ا');
  });

  it('removes harakat and tatweel', () => {
    expect(normaliseText('زَوْجِي يَضْرِبُنِي')).toBe('زوجي يضربني');
    expect(normaliseText('سيقتلنـــي')).toBe('سيقتلني');
  });

  it('removes zero-width joiners so Persian words compare with or without them', () => {
    expect(normaliseText('می‌خواهم')).toBe(normaliseText('میخواهم'));
  });

  it('turns Persian, Arabic-Indic and Brahmic digits into ASCII', () => {
    expect(normaliseText('۱۲۳ ٤٥٦ ৭৮৯ १०')).toBe('123 456 789 10');
  });

  it('folds Pashto and Urdu letters typed on a Persian keyboard', () => {
    expect(normaliseText('میړه مې ما وهي')).toBe(normaliseText('میره می ما وهی'));
    expect(normaliseText('ٹ ڈ ڑ ں')).toBe('ت د ر ن');
  });

  it('returns an empty string for text with no words', () => {
    expect(normaliseText(' ?!… 😀 ')).toBe('');
  });
});

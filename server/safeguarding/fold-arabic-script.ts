/**
 * Arabic-script spelling varies with the keyboard more than with the writer: an Urdu speaker on a
 * Persian or Arabic keyboard cannot type ٹ or ے, Pashto and Sorani letters are often typed with
 * their plain Persian shapes, and hamza, harakat and tatweel come and go. Detection must not miss a
 * phrase over that, so every variant folds to one plain letter. This may merge a few real minimal
 * pairs (Urdu کی / کے); a false alarm is acceptable, a missed danger phrase is not.
 */
const LETTER_FOLDS: Record<string, string> = {
  // yeh: Arabic, alef maksura, Farsi, Pashto, Urdu barree, Sorani, with hamza
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي', 'ے': 'ي', 'ۓ': 'ي', 'ێ': 'ي',
  // kaf: Arabic, Persian keheh, Sindhi swash
  'ک': 'ك', 'ڪ': 'ك',
  // heh: teh marbuta, Urdu heh goal and do-chashmi, Sorani ae
  'ة': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ۃ': 'ه', 'ۀ': 'ه', 'ۂ': 'ه', 'ە': 'ه',
  // alef with hamza or madda, wasla
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  // waw with hamza, Sorani o
  'ؤ': 'و', 'ۆ': 'و',
  // Urdu, Pashto and Sorani letters typed on a Persian or Arabic keyboard
  'ٹ': 'ت', 'ټ': 'ت', 'ڈ': 'د', 'ډ': 'د', 'ڑ': 'ر', 'ړ': 'ر', 'ڕ': 'ر',
  'ں': 'ن', 'ڼ': 'ن', 'ڵ': 'ل', 'ګ': 'گ', 'ښ': 'ش', 'ږ': 'ژ',
  // Persian, Urdu and Arabic-Indic digits
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
};

/** Harakat, superscript alef, Quranic marks, standalone hamza and tatweel carry no meaning here. */
const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0621\u0640]/gu;

const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

export function foldArabicScript(text: string): string {
  return text.replace(DROPPED, '').replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter);
}

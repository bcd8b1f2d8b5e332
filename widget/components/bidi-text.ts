import type { Translator } from '../model/translator.js';

/**
 * Wraps a value in Unicode first-strong isolates before it goes into a translated sentence, so a
 * Latin name or a number inside Urdu text (or the reverse) cannot reorder the words around it.
 */
export function isolate(value: string | number): string {
  return `\u2068${value}\u2069`;
}

const LOCALE_KEY = /^[a-z][\w-]*:[\w.-]+$/;

/** Server data that may be a locale key ("safeguarding:contacts.police") or plain text. */
export function textOrKey(t: Translator['t'], value: string): string {
  return LOCALE_KEY.test(value) ? t(value) : value;
}

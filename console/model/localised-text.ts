import type { LocalisedText } from '../../server/protocol/index.js';
import { t } from './console-i18n.js';

/** Bot and flow lines are stored as keys; staff read them in English. */
export function translate(text: LocalisedText): string {
  return t(text.key, { ...text.params, defaultValue: text.key });
}

const KEY = /^[\w-]+:[\w.-]+$/;

/** Some fields hold a locale key or plain words depending on their source; only keys are looked up. */
export function keyOrText(value: string): string {
  return KEY.test(value) ? t(value, { defaultValue: value }) : value;
}

/**
 * The i18next namespaces translators maintain, one file each: locales/<language>/<namespace>.json.
 * `<namespace>.meta.json` beside a translation records per key the hash of the English source it
 * was translated from and whether a person reviewed it. `safeguarding-phrases.json` is detection
 * data for the safeguarding module, not display text, so it is not a namespace.
 */
export const UI_NAMESPACES = [
  'common',
  'widget',
  'flows',
  'resources',
  'safeguarding',
  'consent',
  'quick-replies',
  'console',
] as const;
export type UiNamespace = (typeof UI_NAMESPACES)[number];

export const SOURCE_LANGUAGE = 'en';

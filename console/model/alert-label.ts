import { t } from './console-i18n.js';

/**
 * What a safeguarding flag is about, in plain English: the category when the detector gave one,
 * else the route card. Never the rule's pattern text, which reads as code to staff.
 */
export function alertLabel(severity: string, category: string | null | undefined): string {
  const card = t(`severity.${severity}`, { defaultValue: t('severity.unknown') });
  return category ? t(`urgent.category.${category}`, { defaultValue: card }) : card;
}

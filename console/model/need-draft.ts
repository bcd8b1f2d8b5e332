import { LEVELS_OF_NEED, NEXT_STEPS, type LevelOfNeed } from '../../server/protocol/continuum-of-need.js';
import type { NeedPlacement } from '../../server/protocol/enquiry-bodies.js';

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/**
 * The level-of-need fields (need-fields.tsx) as the server takes them. Fields the level does not
 * use are left out; what fits what is checked by the server, which answers in words.
 */
export function needFromForm(form: FormData): NeedPlacement | undefined {
  const level = LEVELS_OF_NEED.find((l) => l === text(form, 'level'));
  const nextStep = NEXT_STEPS.find((s) => s === text(form, 'nextStep'));
  if (!level || !nextStep) return undefined;
  const lead = text(form, 'leadPractitioner');
  const by = text(form, 'referralBy');
  const on = text(form, 'referralOn');
  return {
    level,
    nextStep,
    ...(lead && level === 'getting-more-help' ? { leadPractitioner: lead } : {}),
    ...(by && on && level === 'help-to-address-harm' ? { socialCareReferral: { by, on } } : {}),
  };
}

export const isLevel = (value: string): value is LevelOfNeed => (LEVELS_OF_NEED as readonly string[]).includes(value);

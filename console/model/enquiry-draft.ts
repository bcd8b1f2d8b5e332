import type { CreateEnquiryBody, EnquiryContact, EnquiryDetails } from '../../server/protocol/enquiry-bodies.js';
import type { ConversationDetail } from '../../server/protocol/index.js';
import { AGE_BAND_IDS, ASKERS, LOCALITIES, NEEDS } from '../../server/protocol/vocabulary.js';
import { CONTACT_METHODS, ENQUIRY_URGENCIES } from './enquiry-vocabulary.js';

/** What the enquiry form starts with: the family's own answers, so they tell their story once. */
export interface EnquiryDraft {
  whoIsAsking: string;
  needs: string[];
  childAgeBands: string[];
  locality: string;
  postcodeDistrict: string;
  language: string;
  interpreterNeeded: boolean;
  interpreterLanguage: string;
  urgency: string;
}

export function draftFromDetail(detail: ConversationDetail): EnquiryDraft {
  const { summary } = detail;
  return {
    whoIsAsking: summary.who ?? '',
    needs: [...summary.needs],
    childAgeBands: [...summary.childAges],
    locality: summary.locality,
    postcodeDistrict: summary.postcodeDistrict ?? '',
    language: detail.language,
    interpreterNeeded: Boolean(detail.interpreterNeeded),
    interpreterLanguage: detail.interpreterNeeded ?? '',
    urgency: summary.urgency ?? '',
  };
}

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};
const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  value !== undefined && (list as readonly string[]).includes(value) ? (value as T) : undefined;
const manyOf = <T extends string>(list: readonly T[], values: FormDataEntryValue[]): T[] =>
  values.filter((v): v is T => typeof v === 'string' && (list as readonly string[]).includes(v));

/**
 * The form as the body POST /api/enquiries takes. Every field is sent as staff left it, so their
 * corrections replace the prefill; contact is sent only when given, so details the family left
 * with a callback request are kept otherwise.
 */
export function bodyFromForm(conversationId: string, form: FormData): CreateEnquiryBody {
  const interpreterNeeded = form.get('interpreterNeeded') === 'on';
  const who = oneOf(ASKERS, text(form, 'whoIsAsking'));
  const urgency = oneOf(ENQUIRY_URGENCIES, text(form, 'urgency'));
  const postcode = text(form, 'postcodeDistrict')?.toUpperCase().replace(/\s+/g, '');
  const interpreterLanguage = interpreterNeeded ? text(form, 'interpreterLanguage') : undefined;
  const language = text(form, 'language');
  const otherNeeds = text(form, 'otherNeeds');
  const staffNotes = text(form, 'staffNotes');
  const contact = contactFromForm(form);
  return {
    conversationId,
    needs: manyOf(NEEDS, form.getAll('needs')),
    childAgeBands: manyOf(AGE_BAND_IDS, form.getAll('childAgeBands')) as EnquiryDetails['childAgeBands'],
    locality: oneOf([...LOCALITIES, 'any'] as const, text(form, 'locality')) ?? 'any',
    interpreterNeeded,
    ...(who ? { whoIsAsking: who } : {}),
    ...(urgency ? { urgency } : {}),
    ...(postcode ? { postcodeDistrict: postcode } : {}),
    ...(language ? { language } : {}),
    ...(interpreterLanguage ? { interpreterLanguage } : {}),
    ...(otherNeeds ? { otherNeeds } : {}),
    ...(staffNotes ? { staffNotes } : {}),
    ...(contact ? { contact } : {}),
  };
}

function contactFromForm(form: FormData): EnquiryContact | undefined {
  const method = oneOf(CONTACT_METHODS, text(form, 'contactMethod'));
  if (!method) return undefined;
  const value = text(form, 'contactValue');
  const preferredTime = text(form, 'preferredTime');
  const safe = text(form, 'safeToLeaveMessage');
  return {
    method,
    ...(value ? { value } : {}),
    ...(preferredTime ? { preferredTime } : {}),
    ...(safe === 'yes' || safe === 'no' ? { safeToLeaveMessage: safe === 'yes' } : {}),
  };
}

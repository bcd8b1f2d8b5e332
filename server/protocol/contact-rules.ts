/**
 * Whether a phone number or email address can be used to reach a family. Plain code (no zod) so
 * the widget checks as the family types and the server checks again with the same rule.
 */
export type ContactProblem = 'phoneInvalid' | 'emailInvalid';

/** UK numbers as people write them (07700 900123, (01274) 123456, +44 7700 900123) or any international number in E.164 length. */
export function phoneProblem(value: string): ContactProblem | undefined {
  const compact = value.trim().replace(/[\s().-]/g, '');
  if (/^0[1-9]\d{8,9}$/.test(compact)) return undefined;
  if (/^(\+|00)44[1-9]\d{8,9}$/.test(compact)) return undefined;
  // Another country: "+" or "00", a country code that is not 0, then 7 to 14 more digits (E.164: 15 at most).
  if (/^(\+|00)[1-9]\d{7,14}$/.test(compact) && !/^(\+|00)44/.test(compact)) return undefined;
  return 'phoneInvalid';
}

/** One "@", something before it, a dotted domain after it, no spaces: what a person can check by eye. */
export function emailProblem(value: string): ContactProblem | undefined {
  const email = value.trim();
  return email.length <= 254 && /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/.test(email) ? undefined : 'emailInvalid';
}

export function contactProblem(method: 'phone' | 'text' | 'email', value: string): ContactProblem | undefined {
  return method === 'email' ? emailProblem(value) : phoneProblem(value);
}

export { requestConsent } from './request-consent.js';
export { answerConsent } from './answer-consent.js';
export { withdrawConsent } from './withdraw-consent.js';
export { CONSENT_WORDING, consentParagraphs, hashWording } from './consent-wording.js';
